// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

/** A workflow scheme that can be given to projects. */
public interface AssignableWorkflowScheme {
    /** The real one extends WorkflowScheme.Builder&lt;Builder&gt;, where setDefaultWorkflow is declared. */
    interface Builder {
        Builder setName(String name);

        Builder setDefaultWorkflow(String workflowName);

        AssignableWorkflowScheme build();
    }
}
