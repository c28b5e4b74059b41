// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.customfields.persistence;

/** No members: the app only passes it to AbstractSingleFieldType. */
public interface CustomFieldValuePersister {
}
