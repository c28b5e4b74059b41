package io.retentiondesk.jira.setup;

import com.atlassian.scheduler.SchedulerHistoryService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunDetails;
import com.atlassian.scheduler.status.RunOutcome;
import io.retentiondesk.jira.job.NightlyJob;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The nightly job's line, from the scheduler's job details and run history. */
class NightlyJobPartTest {
    private static final Date NEXT = Date.from(Instant.parse("2026-11-26T02:30:00Z"));
    private static final Date LAST = Date.from(Instant.parse("2026-11-25T02:30:04Z"));
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SchedulerHistoryService history = mock(SchedulerHistoryService.class);
    private final NightlyJobPart part = new NightlyJobPart(scheduler, history);
    private final Bundle en = Bundle.of(Locale.ENGLISH);

    private SetupLine line() {
        assertThat(part.lines()).hasSize(1);
        return part.lines().get(0);
    }

    private String words(SetupLine l) {
        return en.text(l.messageKey(), l.arguments().toArray());
    }

    private void scheduled(boolean runnable) {
        JobDetails job = mock(JobDetails.class);
        when(job.getNextRunTime()).thenReturn(NEXT);
        when(job.isRunnable()).thenReturn(runnable);
        when(scheduler.getJobDetails(NightlyJob.JOB)).thenReturn(job);
    }

    private void lastRun(RunOutcome outcome) {
        RunDetails run = mock(RunDetails.class);
        when(run.getStartTime()).thenReturn(LAST);
        when(run.getRunOutcome()).thenReturn(outcome);
        when(history.getLastRunForJob(NightlyJob.JOB)).thenReturn(run);
    }

    @Test
    void scheduledAndLastRunOkIsOkWithWhenItRanAndRunsNext() {
        scheduled(true);
        lastRun(RunOutcome.SUCCESS);
        SetupLine l = line();
        assertThat(l.state()).isEqualTo(SetupState.OK);
        assertThat(words(l)).isEqualTo("Scheduled; the last run, 2026-11-25 02:30 UTC, succeeded. Next run 2026-11-26 02:30 UTC.");
        assertThat(l.fixPath()).isEqualTo(JiraScreens.SCHEDULER);
    }

    @Test
    void scheduledAndLastRunFailedIsFailing() {
        scheduled(true);
        lastRun(RunOutcome.FAILED);
        SetupLine l = line();
        assertThat(l.state()).isEqualTo(SetupState.FAILING);
        assertThat(words(l)).isEqualTo("The last run, 2026-11-25 02:30 UTC, failed; Jira's log names the step and the error. "
                + "Next run 2026-11-26 02:30 UTC.");
    }

    /** Every outcome the scheduler reports has its words; only SUCCESS is OK. */
    @ParameterizedTest
    @EnumSource(RunOutcome.class)
    void everyRunOutcomeIsWorded(RunOutcome outcome) {
        scheduled(true);
        lastRun(outcome);
        SetupLine l = line();
        assertThat(l.state()).isEqualTo(outcome == RunOutcome.SUCCESS ? SetupState.OK : SetupState.FAILING);
        assertThat(words(l)).contains("2026-11-25 02:30 UTC", "Next run 2026-11-26 02:30 UTC");
        assertThat(Bundle.of(Locale.SIMPLIFIED_CHINESE).text(l.messageKey(), l.arguments().toArray())).contains("2026-11-25 02:30 UTC");
    }

    @Test
    void notOnTheSchedulerIsNotScheduledAndSaysHowToScheduleItAgain() {
        SetupLine l = line();
        assertThat(l.state()).isEqualTo(SetupState.NOT_SCHEDULED);
        assertThat(words(l)).startsWith("Not on Jira's scheduler: disable and enable Retention Desk in Manage apps");
        assertThat(l.fixPath()).isEqualTo(JiraScreens.MANAGE_APPS);
    }

    @Test
    void scheduledButNeverRunIsOkWithItsNextRun() {
        scheduled(true);
        SetupLine l = line();
        assertThat(l.state()).isEqualTo(SetupState.OK);
        assertThat(words(l)).isEqualTo("Scheduled; it has not run yet. Next run 2026-11-26 02:30 UTC.");
    }

    @Test
    void scheduledButRunnableNowhereIsFailing() {
        scheduled(false);
        lastRun(RunOutcome.SUCCESS);
        SetupLine l = line();
        assertThat(l.state()).isEqualTo(SetupState.FAILING);
        assertThat(words(l)).startsWith("Scheduled (next run 2026-11-26 02:30 UTC), but no node can run it");
    }
}
