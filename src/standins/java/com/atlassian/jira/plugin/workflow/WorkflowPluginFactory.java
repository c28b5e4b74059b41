// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
