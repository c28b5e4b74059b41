// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler;

import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();

    com.atlassian.scheduler.config.JobId getJobId();

    com.atlassian.scheduler.config.JobConfig getJobConfig();

    boolean isCancellationRequested();
}
