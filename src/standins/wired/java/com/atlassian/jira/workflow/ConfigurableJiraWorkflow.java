// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api or jira-core 11.x (which of the two not
// verified; -Patlassian has both on the test classpath); see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

/** A workflow built from an OSWorkflow descriptor, to be saved with {@link WorkflowManager#createWorkflow}. */
public class ConfigurableJiraWorkflow implements JiraWorkflow {
    private final String name;
    private final WorkflowDescriptor descriptor;

    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor workflowDescriptor, WorkflowManager workflowManager) {
        this.name = name;
        this.descriptor = workflowDescriptor;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public WorkflowDescriptor getDescriptor() {
        return descriptor;
    }
}
