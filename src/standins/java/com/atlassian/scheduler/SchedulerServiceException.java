// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler;

/** Checked (R-plat §5); the app never builds one, so the stand-in's constructor is private. */
public class SchedulerServiceException extends Exception {
    private SchedulerServiceException() {
    }
}
