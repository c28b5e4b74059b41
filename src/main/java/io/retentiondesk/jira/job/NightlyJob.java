package io.retentiondesk.jira.job;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.time.Clock;
import java.util.Objects;

/**
 * Registers the nightly job's runner on this node and schedules it once per cluster at 02:30 (server time). The
 * schedule lives in Jira's database under a fixed id, so every node scheduling it again just replaces it.
 */
@Named
public class NightlyJob implements JobRunner, InitializingBean, DisposableBean {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.retentiondesk.nightly");
    static final JobId JOB = JobId.of("io.retentiondesk.nightly");
    static final String CRON = "0 30 2 * * ?";
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    private final SchedulerService scheduler;
    private final NightlyWork work;
    private final Clock clock;

    @Inject
    public NightlyJob(@ComponentImport SchedulerService scheduler, NightlyWork work) {
        this(scheduler, work, Clock.systemUTC());
    }

    NightlyJob(SchedulerService scheduler, NightlyWork work, Clock clock) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.work = Objects.requireNonNull(work);
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() throws SchedulerServiceException {
        scheduler.registerJobRunner(RUNNER, this);
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression(CRON)));
    }

    @Override
    public void destroy() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(work.run(clock.instant()).toString());
        } catch (RuntimeException e) {
            LOG.error("Retention Desk nightly job failed ({}); the next run starts over safely", e.getClass().getName());
            return JobRunnerResponse.failed(e);
        }
    }
}
