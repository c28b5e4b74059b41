// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.status.RunDetails;

public interface SchedulerHistoryService {
    /** The latest recorded run of the job, {@code null} when it has none. */
    RunDetails getLastRunForJob(JobId jobId);
}
