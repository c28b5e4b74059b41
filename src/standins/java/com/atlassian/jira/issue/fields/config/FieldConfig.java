// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.fields.config;

/** Only the member Retention Desk calls. */
public interface FieldConfig {
    String getFieldId();
}
