// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.event.type;

/** Only the event type id the app compares; boxed {@code Long} constants, read at run time. */
public class EventType {
    public static final Long ISSUE_DELETED_ID = 8L;

    public EventType() {
    }
}
