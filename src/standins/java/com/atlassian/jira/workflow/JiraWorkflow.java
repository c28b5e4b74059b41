// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

public interface JiraWorkflow {
    String getName();

    WorkflowDescriptor getDescriptor();
}
