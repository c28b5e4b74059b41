package io.retentiondesk.jira.job;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
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
import io.retentiondesk.jira.bridge.RunAsUser;
import io.retentiondesk.jira.job.NightlyWork.Task;
import io.retentiondesk.jira.policy.PendingCalibration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;


import java.io.Serializable;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Registers the nightly job's runner on this node and schedules it once per cluster at 02:30 (server time). The
 * schedule lives in Jira's database under a fixed id, so every node scheduling it again just replaces it. The admin
 * page's "now" buttons schedule a one-off run of the same runner, with the task as the job's parameter, so a long
 * run goes on in the background on whichever node the scheduler picks while the page shows its progress; one of
 * them, <em>Calibrate from history</em>, runs {@link HistoryCalibration} instead of the nightly work. A run has no
 * user of its own: the nightly work runs as the admin's chosen {@link RunAsUser}, put back afterwards.
 * <p>
 * Exported as an OSGi {@link JobRunner} service (bean name {@code nightlyJob}) only so the wired test plugin can run
 * the nightly job once ({@code it.io.retentiondesk.NightlyJobWiredTest}); nothing else looks it up.
 */
@Named
@ExportAsService(JobRunner.class)
public class NightlyJob implements JobRunner, InitializingBean, DisposableBean {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.retentiondesk.nightly");
    /** The nightly schedule's id on Jira's scheduler (the setup check looks it up). */
    public static final JobId JOB = JobId.of("io.retentiondesk.nightly");
    static final JobId NOW = JobId.of("io.retentiondesk.now");
    static final String TASK = "task";
    static final String CRON = "0 30 2 * * ?";
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    private final SchedulerService scheduler;
    private final NightlyWork work;
    private final WorkProgress progress;
    private final RunAsUser runAs;
    private final HistoryCalibration calibration;
    private final Clock clock;

    @Inject
    public NightlyJob(@ComponentImport SchedulerService scheduler, NightlyWork work, WorkProgress progress,
                      RunAsUser runAs, HistoryCalibration calibration) {
        this(scheduler, work, progress, runAs, calibration, Clock.systemUTC());
    }

    NightlyJob(SchedulerService scheduler, NightlyWork work, WorkProgress progress, RunAsUser runAs,
               HistoryCalibration calibration, Clock clock) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.work = Objects.requireNonNull(work);
        this.progress = Objects.requireNonNull(progress);
        this.runAs = Objects.requireNonNull(runAs);
        this.calibration = Objects.requireNonNull(calibration);
        this.clock = clock;
    }

    /**
     * Queues a run of {@code task} as soon as a node is free.
     *
     * @return false when a run is already queued or running (one at a time; the page shows that one)
     */
    public boolean startNow(Task task) throws SchedulerServiceException {
        if (progress.busy()) {
            return false;
        }
        progress.queued(task); // before scheduling: the run may start on another node at once and must not be overwritten
        try {
            scheduler.scheduleJob(NOW, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.runOnce(null)).withParameters(Map.<String, Serializable>of(TASK, task.name())));
        } catch (SchedulerServiceException e) {
            progress.refused(task);
            throw e;
        }
        return true;
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
        Task task = taskOf(request);
        // the scheduled run, starting while an admin's run goes on, leaves the admin page to the admin's run
        WorkProgress.Run run = task == Task.NIGHTLY && progress.busy() ? null : progress.started(task);
        try {
            if (task == Task.CALIBRATE) { // reads only the app's own records: no user needed
                PendingCalibration.Pending kept = calibration.run(clock.instant(), run);
                run.finished(null);
                return JobRunnerResponse.success(kept.refused() ? "calibration refused" : "calibrated");
            }
            NightlyWork.Summary summary = runAs.call(
                    () -> work.run(task, clock.instant(), run == null ? NightlyWork.Progress.NONE : run));
            if (run != null) {
                run.finished(summary);
            }
            return JobRunnerResponse.success(summary.toString());
        } catch (RuntimeException e) {
            if (run != null) {
                run.failed();
            }
            LOG.error("Retention Desk {} run failed ({}); the next run starts over safely", task, e.getClass().getName());
            return JobRunnerResponse.failed(e);
        }
    }

    /** The nightly schedule has no parameters; a "now" run names its task. */
    private static Task taskOf(JobRunnerRequest request) {
        JobConfig config = request.getJobConfig();
        Object task = config == null ? null : config.getParameters().get(TASK);
        return task == null ? Task.NIGHTLY : Task.valueOf(task.toString());
    }
}
