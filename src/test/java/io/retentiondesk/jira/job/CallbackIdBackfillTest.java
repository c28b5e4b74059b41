package io.retentiondesk.jira.job;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The upgrade from the release that kept callback attempts and failed work by issue key only, on HSQLDB: Jira's Active
 * Objects migration adds the new columns over the old rows, which lose nothing; until the nightly job runs, an
 * attempt is still found by its issue's current key; the nightly backfill gives every old attempt its issue's id
 * (following a moved issue's old key), after which the history follows the issue whatever its key.
 */
class CallbackIdBackfillTest {
    private static final Instant AT = Instant.parse("2026-06-02T10:00:00Z");

    /**
     * The CALLBACK table as the release before issue ids had it (same simple name as the app's entity, as the test
     * database names tables by it).
     */
    @Table("CALLBACK")
    public interface CallbackAttemptEntity extends Entity {
        @NotNull
        @Indexed
        String getIssueKey();

        void setIssueKey(String key);

        @NotNull
        Date getAttemptedAt();

        void setAttemptedAt(Date at);

        String getAgentKey();

        void setAgentKey(String key);

        @NotNull
        String getOutcome();

        void setOutcome(String outcome);

        Integer getRating();

        void setRating(Integer rating);

        @StringLength(StringLength.UNLIMITED)
        String getNote();

        void setNote(String note);
    }

    /** The FAILED_WORK table as the release before typed work had it. */
    @Table("FAILED_WORK")
    public interface FailedWorkEntity extends Entity {
        @NotNull
        @Indexed
        String getIssueKey();

        void setIssueKey(String key);

        @NotNull
        String getWork();

        void setWork(String work);

        @NotNull
        Date getFailedAt();

        void setFailedAt(Date at);

        int getAttempts();

        void setAttempts(int attempts);

        String getError();

        void setError(String error);
    }

    private static void oldAttempt(EntityManagerActiveObjects ao, String key, String outcome, Integer rating, String note) {
        ao.create(CallbackAttemptEntity.class, new DBParam("ISSUE_KEY", key), new DBParam("ATTEMPTED_AT", Date.from(AT)),
                new DBParam("AGENT_KEY", "JIRAUSER9"), new DBParam("OUTCOME", outcome), new DBParam("RATING", rating),
                new DBParam("NOTE", note));
    }

    private static MutableIssue issue(long id, String key) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    @Test
    @SuppressWarnings("unchecked")
    void keyOnlyRowsGetTheirIssueIdSoAMovedIssueKeepsItsHistory() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migrated(CallbackAttemptEntity.class, FailedWorkEntity.class);
        oldAttempt(ao, "SUP-1", "UNREACHABLE", null, "voicemail");
        oldAttempt(ao, "SUP-7", "STILL_DISSATISFIED", 2, "still broken"); // SUP-7 is moved after the upgrade: OPS-3
        oldAttempt(ao, "SUP-9", "SATISFIED", 5, ""); // SUP-9 was deleted
        ao.create(FailedWorkEntity.class, new DBParam("ISSUE_KEY", "SUP-1"), new DBParam("WORK", "late-rating"),
                new DBParam("FAILED_AT", Date.from(AT)), new DBParam("ATTEMPTS", 2),
                new DBParam("ERROR", "java.lang.IllegalStateException"));

        // the upgrade: Jira migrates the app's entity list over the same tables
        ao.migrate(io.retentiondesk.jira.ao.CallbackAttemptEntity.class, io.retentiondesk.jira.ao.FailedWorkEntity.class);

        CallbackLog log = new CallbackLog(ao);
        assertThat(log.attemptsFor(1L, "SUP-1")).as("before the nightly job, by the current key")
                .extracting(CallbackAttempt::note).containsExactly("voicemail");
        FailedWorkQueue queue = new FailedWorkQueue(ao);
        assertThat(queue.pending(10)).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WorkKind.LATE_RATING);
            assertThat(w.issueId()).isNull();
            assertThat(w.attempts()).isEqualTo(2);
        });

        IssueManager issues = mock(IssueManager.class);
        MutableIssue one = issue(1L, "SUP-1");
        MutableIssue moved = issue(7L, "OPS-3");
        when(issues.getIssueObject("SUP-1")).thenReturn(one);
        when(issues.getIssueObject("SUP-7")).thenReturn(moved); // Jira finds a moved issue by its old key
        CallbackIdBackfill backfill = new CallbackIdBackfill(issues, log);

        assertThat(backfill.backfill()).isEqualTo(3);
        assertThat(backfill.backfill()).as("done once: nothing is looked up again").isZero();

        assertThat(log.attemptsFor(7L, "OPS-3")).containsExactly(new CallbackAttempt("SUP-7", AT, "JIRAUSER9",
                CallbackOutcome.STILL_DISSATISFIED, 2, "still broken"));
        assertThat(log.attemptsFor(1L, "SUP-1")).hasSize(1);
        assertThat(log.attemptsFor(12L, "SUP-9")).as("a new issue with a deleted one's key gets none of its history")
                .isEmpty();
        assertThat(ao.count(io.retentiondesk.jira.ao.CallbackAttemptEntity.class, "ISSUE_ID = ?", CallbackLog.NO_ISSUE)).isEqualTo(1);

        // the old key-only failed work is retried on the issue its key finds
        WorkSteps steps = mock(WorkSteps.class);
        new FailedWorkRetry(issues, steps).retry(queue.pending(10).get(0));
        verify(steps).rescoreLateRating(one, null);
    }
}
