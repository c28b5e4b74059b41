// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.I18nHelper;

public interface JqlFunctionModuleDescriptor {
    I18nHelper getI18nBean();
}
