// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.status.JobDetails;

public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    /** The scheduled job with this id, {@code null} when none is scheduled. */
    JobDetails getJobDetails(JobId jobId);
}
