// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.workflow.function.issue;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.FunctionProvider;

import java.util.Map;

/** execute(Map, Map, PropertySet) stays abstract, from FunctionProvider. */
public abstract class AbstractJiraFunctionProvider extends WorkflowFunctionUtils implements FunctionProvider {
    public AbstractJiraFunctionProvider() {
    }

    @SuppressWarnings("rawtypes")
    protected MutableIssue getIssue(Map transientVars) {
        return (MutableIssue) transientVars.get("issue");
    }
}
