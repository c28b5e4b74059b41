package it.io.retentiondesk;

import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.status.RunOutcome;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.Date;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

/**
 * The nightly job, run once on this node as Jira's scheduler would at 02:30 (a run without a task parameter), runs
 * every step to the end. The runner is the app's own component, exported with {@code @ExportAsService(JobRunner)}.
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class NightlyJobWiredTest {
    private final JobRunner nightlyJob;

    public NightlyJobWiredTest(JobRunner nightlyJob) {
        this.nightlyJob = nightlyJob;
    }

    @Test
    public void theNightlyJobRunsOnceToTheEnd() {
        JobRunnerResponse response = nightlyJob.runJob(new NightlyRun());
        assertNotNull(response);
        assertEquals(response.toString(), RunOutcome.SUCCESS, response.getRunOutcome());
    }

    /** The request Jira's scheduler passes for the nightly schedule (NightlyJob's runner key, no parameters). */
    private static final class NightlyRun implements JobRunnerRequest {
        private final Date start = new Date();

        @Override
        public Date getStartTime() {
            return start;
        }

        @Override
        public JobId getJobId() {
            return JobId.of("it.io.retentiondesk.nightly-once");
        }

        @Override
        public JobConfig getJobConfig() {
            return JobConfig.forJobRunnerKey(JobRunnerKey.of("io.retentiondesk.nightly"));
        }

        @Override
        public boolean isCancellationRequested() {
            return false;
        }
    }
}
