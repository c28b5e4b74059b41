// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler.config;

public final class Schedule {
    private final String text;

    private Schedule(String text) {
        this.text = text;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return new Schedule(cronExpression);
    }

    /** {@code null}: as soon as possible. */
    public static Schedule runOnce(java.util.Date runTime) {
        return new Schedule("once " + (runTime == null ? "now" : runTime.toInstant().toString()));
    }

    @Override
    public String toString() {
        return text;
    }
}
