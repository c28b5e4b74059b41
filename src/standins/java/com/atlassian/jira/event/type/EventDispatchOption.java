// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.event.type;

public class EventDispatchOption {
    public static final EventDispatchOption DO_NOT_DISPATCH = new EventDispatchOption();

    private EventDispatchOption() {
    }
}
