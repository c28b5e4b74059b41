// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler.status;

/** How a job run ended; only the constants seen in JobRunnerResponse's factories. */
public enum RunOutcome {
    SUCCESS, ABORTED, FAILED
}
