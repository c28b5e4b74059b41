// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler.status;

import java.util.Date;

public interface JobDetails {
    /** When the job runs next, {@code null} when not known. */
    Date getNextRunTime();

    /** Whether the job could run now: false when no node has its runner registered. */
    boolean isRunnable();
}
