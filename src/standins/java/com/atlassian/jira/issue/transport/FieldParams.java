// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.transport;

/** The real interface has members (getKeysAndValues, isEmpty, ...) Retention Desk does not call. */
public interface FieldParams {
}
