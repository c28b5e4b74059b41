// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler.config;

public final class JobId {
    private final String key;

    private JobId(String key) {
        this.key = key;
    }

    public static JobId of(String key) {
        return new JobId(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId k && k.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
