// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.HashMap;
import java.util.Map;

/** getDescriptorParams(Map) is left to subclasses, as in Jira. */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    public AbstractWorkflowPluginFactory() {
    }

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> params = new HashMap<>();
        if ("view".equals(resourceName)) {
            getVelocityParamsForView(params, descriptor);
        } else if ("input-parameters".equals(resourceName)) {
            getVelocityParamsForInput(params);
        } else if ("edit-parameters".equals(resourceName)) {
            getVelocityParamsForEdit(params, descriptor);
        }
        return params;
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
