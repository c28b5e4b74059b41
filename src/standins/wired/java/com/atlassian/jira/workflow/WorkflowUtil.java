// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api or jira-core 11.x (which of the two not
// verified; -Patlassian has both on the test classpath); see src/standins/STANDINS.md
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

public class WorkflowUtil {
    private WorkflowUtil() {
    }

    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String xml) throws FactoryException {
        throw new UnsupportedOperationException("stand-in: Jira parses workflow XML");
    }
}
