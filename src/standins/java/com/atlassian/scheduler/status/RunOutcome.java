// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler.status;

/** How a job run ended: the four constants of the scheduler API's javadoc. */
public enum RunOutcome {
    SUCCESS, UNAVAILABLE, ABORTED, FAILED
}
