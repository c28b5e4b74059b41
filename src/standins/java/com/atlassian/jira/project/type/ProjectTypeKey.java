// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.project.type;

import java.util.Objects;

/** A project's type by key ("software", "service_desk", "business"); a value class with a public constructor. */
public class ProjectTypeKey {
    private final String key;

    public ProjectTypeKey(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectTypeKey k && Objects.equals(k.key, key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
