// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.context;

/** The "all projects" context of a custom field. */
public class GlobalIssueContext implements JiraContextNode {
    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    private GlobalIssueContext() {
    }

    public static GlobalIssueContext getInstance() {
        return INSTANCE;
    }
}
