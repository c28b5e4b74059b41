// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.fields;

public interface CustomField {
    String getId();

    String getUntranslatedName();

    /** The name as the current user reads it (translated where the field has a translation). */
    String getName();

    com.atlassian.jira.issue.customfields.CustomFieldType<?, ?> getCustomFieldType();
}
