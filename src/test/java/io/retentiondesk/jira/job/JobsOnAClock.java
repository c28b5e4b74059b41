package io.retentiondesk.jira.job;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.SchedulerService;

import java.time.Clock;

/** The job's components on a clock a test controls, for tests outside this package (the admin page's). */
public final class JobsOnAClock {
    private JobsOnAClock() {
    }

    public static WorkProgress progress(PluginSettingsFactory settings, Clock clock) {
        return new WorkProgress(settings, clock);
    }

    public static NightlyJob job(SchedulerService scheduler, NightlyWork work, WorkProgress progress, Clock clock) {
        return job(scheduler, work, progress, org.mockito.Mockito.mock(HistoryCalibration.class), clock);
    }

    public static NightlyJob job(SchedulerService scheduler, NightlyWork work, WorkProgress progress,
                                 HistoryCalibration calibration, Clock clock) {
        return new NightlyJob(scheduler, work, progress,
                io.retentiondesk.jira.bridge.RunAsUsers.none(new io.retentiondesk.jira.bridge.FakeAuthentication(null)),
                calibration, clock);
    }
}
