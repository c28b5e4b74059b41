package io.retentiondesk.jira.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class NightlyJobTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final NightlyWork work = mock(NightlyWork.class);
    private final Instant now = Instant.parse("2026-11-25T02:30:00Z");
    private final java.util.Map<String, Object> settings = new java.util.HashMap<>();
    private final WorkProgress progress = new WorkProgress(
            io.retentiondesk.jira.policy.MapPluginSettings.over(settings), Clock.fixed(now, ZoneOffset.UTC));
    private final HistoryCalibration calibration = mock(HistoryCalibration.class);
    private final NightlyJob job = new NightlyJob(scheduler, work, progress,
            io.retentiondesk.jira.bridge.RunAsUsers.none(new io.retentiondesk.jira.bridge.FakeAuthentication(null)),
            calibration, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void registersOnThisNodeAndSchedulesOncePerClusterUnderAFixedId() throws Exception {
        job.afterPropertiesSet();
        verify(scheduler).registerJobRunner(NightlyJob.RUNNER, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(NightlyJob.JOB), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(NightlyJob.RUNNER);
        assertThat(config.getValue().getSchedule()).hasToString(NightlyJob.CRON);
        job.destroy();
        verify(scheduler).unregisterJobRunner(NightlyJob.RUNNER);
    }

    @Test
    void aRunReportsItsCountsAndAFailureIsAFailedRunNotAnException() {
        NightlyWork.Summary summary = new NightlyWork.Summary(5, 12, 0, 3, 40, 7, 0, false);
        when(work.run(eq(NightlyWork.Task.NIGHTLY), eq(now), any())).thenReturn(summary);
        assertThat(job.runJob(mock(JobRunnerRequest.class)).toString())
                .isEqualTo("success: Summary[markedOverdue=5, retried=12, stillFailing=0, retiered=3, snapshotRows=40, reassessed=7, lateRatings=0, rateSnapshotWritten=false]");
        assertThat(progress.current()).get().extracting(WorkProgress.Status::state, WorkProgress.Status::summary)
                .containsExactly(WorkProgress.State.DONE, summary);
        when(work.run(any(), any(), any())).thenThrow(new IllegalStateException("db down"));
        assertThat(job.runJob(mock(JobRunnerRequest.class)).toString()).startsWith("failed: java.lang.IllegalStateException");
        assertThat(progress.current()).get().extracting(WorkProgress.Status::state).isEqualTo(WorkProgress.State.FAILED);
        assertThat(progress.busy()).isFalse();
    }

    @Test
    void aRunRunsAsTheChosenUserAndPutsBackWhoeverWasLoggedInEvenWhenItFails() {
        com.atlassian.jira.user.ApplicationUser runAs = mock(com.atlassian.jira.user.ApplicationUser.class);
        com.atlassian.jira.user.ApplicationUser before = mock(com.atlassian.jira.user.ApplicationUser.class);
        io.retentiondesk.jira.bridge.FakeAuthentication auth = new io.retentiondesk.jira.bridge.FakeAuthentication(before);
        NightlyJob asUser = new NightlyJob(scheduler, work, progress,
                io.retentiondesk.jira.bridge.RunAsUsers.chosen(runAs, auth), calibration, Clock.fixed(now, ZoneOffset.UTC));
        java.util.List<com.atlassian.jira.user.ApplicationUser> during = new java.util.ArrayList<>();
        when(work.run(any(), any(), any())).thenAnswer(a -> {
            during.add(auth.getLoggedInUser());
            return new NightlyWork.Summary(0, 0, 0, 0, 0, 0, 0, false);
        });
        assertThat(asUser.runJob(mock(JobRunnerRequest.class)).toString()).startsWith("success");
        assertThat(during).containsExactly(runAs);
        assertThat(auth.getLoggedInUser()).isSameAs(before);

        org.mockito.Mockito.doAnswer(a -> {
            during.add(auth.getLoggedInUser());
            throw new IllegalStateException("db down");
        }).when(work).run(any(), any(), any());
        assertThat(asUser.runJob(mock(JobRunnerRequest.class)).toString()).startsWith("failed");
        assertThat(during).containsExactly(runAs, runAs);
        assertThat(auth.getLoggedInUser()).as("restored after a failure").isSameAs(before);
    }

    @Test
    void startNowQueuesOneOffRunsOneAtATimeAndTheRunnerReadsItsTask() throws Exception {
        assertThat(job.startNow(NightlyWork.Task.REASSESS)).isTrue();
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(NightlyJob.NOW), config.capture());
        assertThat(config.getValue().getParameters()).containsExactly(java.util.Map.entry("task", "REASSESS"));
        assertThat(config.getValue().getSchedule()).hasToString("once now");
        assertThat(job.startNow(NightlyWork.Task.RETIER)).as("busy while queued").isFalse();
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        when(request.getJobConfig()).thenReturn(config.getValue());
        when(work.run(eq(NightlyWork.Task.REASSESS), eq(now), any())).thenReturn(new NightlyWork.Summary(0, 0, 0, 0, 0, 9, 0, false));
        job.runJob(request);
        verify(work).run(eq(NightlyWork.Task.REASSESS), eq(now), any());
        assertThat(job.startNow(NightlyWork.Task.RETIER)).as("free again once done").isTrue();
    }

    @Test
    void theScheduledRunDuringAnAdminsRunLeavesThePageToTheAdminsRun() throws Exception {
        assertThat(job.startNow(NightlyWork.Task.RETIER)).isTrue();
        when(work.run(eq(NightlyWork.Task.NIGHTLY), eq(now), any())).thenReturn(new NightlyWork.Summary(1, 0, 0, 0, 0, 0, 0, false));
        assertThat(job.runJob(mock(JobRunnerRequest.class)).toString()).startsWith("success");
        assertThat(progress.current()).get().extracting(WorkProgress.Status::task, WorkProgress.Status::state)
                .containsExactly(NightlyWork.Task.RETIER, WorkProgress.State.QUEUED);
    }

    @Test
    void aRunTheSchedulerRefusesIsShownAsFailedAndFreesTheButtons() throws Exception {
        org.mockito.Mockito.doThrow(mock(com.atlassian.scheduler.SchedulerServiceException.class))
                .when(scheduler).scheduleJob(eq(NightlyJob.NOW), any());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.startNow(NightlyWork.Task.RETIER))
                .isInstanceOf(com.atlassian.scheduler.SchedulerServiceException.class);
        assertThat(progress.current()).get().extracting(WorkProgress.Status::state).isEqualTo(WorkProgress.State.FAILED);
        assertThat(progress.busy()).isFalse();
    }

    /** Calibrate from history is a one-off run like the others: queued once per cluster, its progress on the page. */
    @Test
    void aCalibrationRunRunsTheCalibrationNotTheNightlyWorkAndEndsDoneOrFailed() throws Exception {
        assertThat(job.startNow(NightlyWork.Task.CALIBRATE)).isTrue();
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(NightlyJob.NOW), config.capture());
        assertThat(config.getValue().getParameters()).containsExactly(java.util.Map.entry("task", "CALIBRATE"));
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(job.startNow(NightlyWork.Task.REASSESS)).as("one run at a time").isFalse();
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        when(request.getJobConfig()).thenReturn(config.getValue());
        when(calibration.run(eq(now), any())).thenAnswer(a -> {
            a.<NightlyWork.Progress>getArgument(1).at(5, 10);
            assertThat(progress.current()).get().extracting(WorkProgress.Status::task, WorkProgress.Status::state)
                    .containsExactly(NightlyWork.Task.CALIBRATE, WorkProgress.State.RUNNING);
            return new io.retentiondesk.jira.policy.PendingCalibration.Pending("id", now, now, 0, "digest",
                    io.retentiondesk.core.calibration.CalibrationSamples.handMade(), java.util.List.of());
        });
        assertThat(job.runJob(request).toString()).isEqualTo("success: calibrated");
        org.mockito.Mockito.verifyNoInteractions(work);
        assertThat(progress.current()).get().satisfies(s -> {
            assertThat(s.state()).isEqualTo(WorkProgress.State.DONE);
            assertThat(s.summary()).as("the result is the pending calibration's, not a summary's").isNull();
        });

        when(calibration.run(any(), any())).thenThrow(new IllegalStateException("db down"));
        assertThat(job.runJob(request).toString()).startsWith("failed: java.lang.IllegalStateException");
        assertThat(progress.current()).get().extracting(WorkProgress.Status::state).isEqualTo(WorkProgress.State.FAILED);
        assertThat(progress.busy()).isFalse();
    }
}
