// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

/** A workflow built from an OSWorkflow descriptor, to be saved with {@link WorkflowManager#createWorkflow}. */
public class ConfigurableJiraWorkflow implements JiraWorkflow {
    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor workflowDescriptor, WorkflowManager workflowManager) {
    }
}
