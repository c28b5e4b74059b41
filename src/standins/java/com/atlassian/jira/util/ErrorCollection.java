// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.util;

/** Only the member Retention Desk calls; the wired tests read it through toString() in assertion messages. */
public interface ErrorCollection {
    void addError(String field, String message);
}
