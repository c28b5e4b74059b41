// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler.config;

public final class Schedule {
    private final String cron;

    private Schedule(String cron) {
        this.cron = cron;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return new Schedule(cronExpression);
    }

    @Override
    public String toString() {
        return cron;
    }
}
