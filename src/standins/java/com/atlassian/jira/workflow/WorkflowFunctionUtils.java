// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

public class WorkflowFunctionUtils {
    public static final String ORIGINAL_ISSUE_KEY = "originalissueobject";

    public WorkflowFunctionUtils() {
    }
}
