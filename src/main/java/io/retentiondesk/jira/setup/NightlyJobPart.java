package io.retentiondesk.jira.setup;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.SchedulerHistoryService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunDetails;
import com.atlassian.scheduler.status.RunOutcome;
import io.retentiondesk.jira.job.NightlyJob;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The setup line of the nightly job: on Jira's scheduler or not, runnable on some node, and how its last run ended
 * (from the scheduler's own history, so a run on any node counts).
 */
@Named
public class NightlyJobPart implements SetupCheckPart {
    static final String TITLE = "retention.setup.job.title";
    static final String NOT_SCHEDULED = "retention.setup.job.notScheduled";
    static final String NOT_RUNNABLE = "retention.setup.job.notRunnable";
    static final String NEVER_RUN = "retention.setup.job.neverRun";
    static final String LAST_RUN = "retention.setup.job.last.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final SchedulerService scheduler;
    private final SchedulerHistoryService history;

    @Inject
    public NightlyJobPart(@ComponentImport SchedulerService scheduler, @ComponentImport SchedulerHistoryService history) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.history = Objects.requireNonNull(history);
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<SetupLine> lines() {
        JobDetails job = scheduler.getJobDetails(NightlyJob.JOB);
        if (job == null) {
            // the app schedules it when it starts: disabling and enabling the app schedules it again
            return List.of(new SetupLine(TITLE, SetupState.NOT_SCHEDULED, NOT_SCHEDULED, List.of(), JiraScreens.MANAGE_APPS));
        }
        String next = time(job.getNextRunTime());
        if (!job.isRunnable()) {
            return List.of(new SetupLine(TITLE, SetupState.FAILING, NOT_RUNNABLE, List.of(next), JiraScreens.MANAGE_APPS));
        }
        RunDetails last = history.getLastRunForJob(NightlyJob.JOB);
        if (last == null || last.getRunOutcome() == null) {
            return List.of(new SetupLine(TITLE, SetupState.OK, NEVER_RUN, List.of(next), JiraScreens.SCHEDULER));
        }
        RunOutcome outcome = last.getRunOutcome();
        return List.of(new SetupLine(TITLE, outcome == RunOutcome.SUCCESS ? SetupState.OK : SetupState.FAILING,
                LAST_RUN + outcome.name(), List.of(time(last.getStartTime()), next), JiraScreens.SCHEDULER));
    }

    private static String time(Date date) {
        return date == null ? WorkflowsPart.NONE : TIME.format(date.toInstant());
    }
}
