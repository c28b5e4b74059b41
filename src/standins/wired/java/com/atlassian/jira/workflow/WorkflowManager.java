// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;

public interface WorkflowManager {
    /** Stricter than the real one, which throws WorkflowException. */
    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow) throws Exception;
}
