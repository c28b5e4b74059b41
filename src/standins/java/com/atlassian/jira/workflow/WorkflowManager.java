// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;

public interface WorkflowManager {
    /** The workflow the project's workflow scheme gives the issue type. */
    JiraWorkflow getWorkflow(Long projectId, String issueTypeId);

    /** Used by the wired tests only. Stricter than the real one, which throws WorkflowException. */
    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow) throws Exception;
}
