// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.fields.layout.field;

/** No members: the app only receives it in getVelocityParameters. */
public interface FieldLayoutItem {
}
