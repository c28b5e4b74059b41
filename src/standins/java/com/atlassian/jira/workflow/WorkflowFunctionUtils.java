// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

public class WorkflowFunctionUtils {
    public static final String ORIGINAL_ISSUE_KEY = "originalissueobject";

    public WorkflowFunctionUtils() {
    }

    /** The stand-in knows no users: it answers {@code null}, as Jira does for an anonymous caller. */
    @SuppressWarnings("rawtypes")
    protected com.atlassian.jira.user.ApplicationUser getCallerUser(java.util.Map transientVars, java.util.Map args) {
        return null;
    }
}
