// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;

/** validate, getValues, getMinimumNumberOfExpectedArguments and getDataType are left to subclasses, as in Jira. */
public abstract class AbstractJqlFunction implements JqlFunction {
    private JqlFunctionModuleDescriptor moduleDescriptor;

    public AbstractJqlFunction() {
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        this.moduleDescriptor = moduleDescriptor;
    }

    @Override
    public String getFunctionName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean isList() {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlFunctionModuleDescriptor getModuleDescriptor() {
        return moduleDescriptor;
    }

    protected I18nHelper getI18n() {
        return moduleDescriptor.getI18nBean();
    }

    protected MessageSet validateNumberOfArgs(FunctionOperand operand, int expected) {
        throw new UnsupportedOperationException("stand-in");
    }
}
