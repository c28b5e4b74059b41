// Compile-only stand-in for com.atlassian.event:atlassian-event (Platform 8); see src/standins/STANDINS.md
package com.atlassian.event.api;

public interface EventPublisher {
    void register(Object listener);

    void unregister(Object listener);
}
