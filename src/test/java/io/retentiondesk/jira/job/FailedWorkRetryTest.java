package io.retentiondesk.jira.job;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.ScoredRatings;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.CallbackInput;
import io.retentiondesk.jira.listener.TicketEventListener;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.LateRating;
import io.retentiondesk.jira.service.TestWorkSteps;
import io.retentiondesk.jira.service.TicketRecorder;
import io.retentiondesk.jira.service.TicketScoring;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import io.retentiondesk.jira.workflow.TestPostFunctions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.invocation.Invocation;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A retried piece of work does what its first run does: the same steps with the same arguments (the callback attempt
 * as the agent entered it, not as the fields say later), on the issue found by its id, then the issue stored without
 * an event when the work sets its fields. The queue is the real one on HSQLDB.
 */
class FailedWorkRetryTest {
    private static final Instant AT = Instant.parse("2026-06-03T10:00:00Z");

    private EntityManagerActiveObjects ao;
    private FailedWorkQueue queue;
    private final IssueManager issues = mock(IssueManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final MutableIssue fresh = mock(MutableIssue.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final CallbackInput input = mock(CallbackInput.class);

    @BeforeEach
    void setUp() throws SQLException {
        ao = EntityManagerActiveObjects.migratedAll();
        queue = new FailedWorkQueue(ao);
        for (MutableIssue i : List.of(issue, fresh)) {
            when(i.getId()).thenReturn(7L);
            when(i.getKey()).thenReturn("SUP-7");
            when(i.getResolutionDate()).thenReturn(Timestamp.from(AT.minusSeconds(86_400)));
        }
        when(issues.getIssueObject(7L)).thenReturn(fresh);
        when(agent.getKey()).thenReturn("JIRAUSER2");
        when(input.outcome(issue)).thenReturn(Optional.of(CallbackOutcome.STILL_DISSATISFIED));
        when(input.rating(issue)).thenReturn(2);
        when(input.note(issue)).thenReturn("still broken, wants a refund");
    }

    /** Runs the kind's first run as Jira would (a transition, or an issue event) with these steps. */
    private void firstRun(WorkKind kind, WorkSteps steps) {
        if (kind == WorkKind.LATE_RATING || kind == WorkKind.REFRESH_RECORD) {
            when(issue.getResolutionDate()).thenReturn(kind == WorkKind.LATE_RATING
                    ? Timestamp.from(AT.minusSeconds(86_400)) : null);
            IssueEvent event = mock(IssueEvent.class);
            when(event.getIssue()).thenReturn(issue);
            when(event.getUser()).thenReturn(agent);
            when(event.getEventTypeId()).thenReturn(2L);
            new TicketEventListener(mock(EventPublisher.class), steps, queue).onIssueEvent(event);
        } else {
            TestPostFunctions.execute(TestPostFunctions.of(kind, steps, input, queue, AT), issue, agent);
        }
    }

    /** What the steps were asked to do: each call by name, an issue argument by its id, the rest as they are. */
    private static List<String> calls(WorkSteps steps) {
        return mockingDetails(steps).getInvocations().stream().map(FailedWorkRetryTest::call).toList();
    }

    private static String call(Invocation i) {
        return i.getMethod().getName() + i.getArguments().length + ": " + java.util.Arrays.stream(i.getArguments())
                .map(a -> a instanceof com.atlassian.jira.issue.Issue is ? "issue " + is.getId()
                        : a instanceof ApplicationUser ? "a user" : String.valueOf(a))
                .toList();
    }

    @ParameterizedTest
    @EnumSource(WorkKind.class)
    void aRetryDoesExactlyWhatTheFirstRunDoes(WorkKind kind) {
        WorkSteps firstTime = mock(WorkSteps.class);
        firstRun(kind, firstTime);
        assertThat(queue.pending(10)).as("the first run succeeded").isEmpty();
        List<String> expected = calls(firstTime).stream().map(c -> c.replace("a user", "null")).toList();
        assertThat(expected).isNotEmpty();

        // the same run failing at its first step is queued; the fields change before the night (a later callback)
        WorkSteps failing = mock(WorkSteps.class, a -> {
            throw new IllegalStateException("customer Acme: index unavailable");
        });
        firstRun(kind, failing);
        when(input.outcome(issue)).thenReturn(Optional.of(CallbackOutcome.SATISFIED));
        when(input.note(issue)).thenReturn("a later call");
        FailedWorkQueue.FailedWork queued = queue.pending(10).get(0);
        assertThat(queued.kind()).isEqualTo(kind);

        WorkSteps retried = mock(WorkSteps.class);
        new FailedWorkRetry(issues, retried).retry(queued);
        assertThat(calls(retried)).isEqualTo(expected);
        verify(issues, times(kind.writesIssueFields() ? 1 : 0)).updateIssue(eq(null), eq(fresh), any());
    }

    @Test
    void aRetriedLateRatingRecordsTheRatingAsScored() {
        JsmFields jsm = mock(JsmFields.class);
        when(jsm.rating(any())).thenReturn(new JsmFields.Rating.Given(4, AT));
        ScoredRatings scored = new ScoredRatings(ao);
        TicketRecorder recorder = mock(TicketRecorder.class);
        when(recorder.record(fresh)).thenReturn(mock(TicketRecorder.Recorded.class));
        TicketScoring scoring = mock(TicketScoring.class);
        ChurnAssessment churn = mock(ChurnAssessment.class);
        doThrow(new IllegalStateException("records unavailable")).doReturn(null).when(churn).assessAndWrite(eq(fresh), any());
        WorkSteps steps = TestWorkSteps.with(new LateRating(issues, jsm, scored, recorder, scoring, churn), recorder,
                scoring, churn);
        firstRun(WorkKind.LATE_RATING, steps);
        assertThat(scored.isNew(7L, 4)).as("the first run failed before the rating was scored").isTrue();

        new FailedWorkRetry(issues, steps).retry(queue.pending(10).get(0));

        assertThat(scored.isNew(7L, 4)).as("scored once, so neither the listener nor the nightly check scores it again")
                .isFalse();
        verify(scoring, times(2)).writeSatisfaction(eq(fresh), any()); // the failed first run, then the retry
    }

    @Test
    void aRetriedCallbackOutcomeLogsTheAttemptWithItsOutcomeRatingAndNote() {
        CallbackLog log = spy(new CallbackLog(ao));
        doThrow(new IllegalStateException("database busy")).doCallRealMethod().when(log).record(anyLong(), any());
        TicketScoring scoring = mock(TicketScoring.class);
        WorkSteps steps = TestWorkSteps.with(log, scoring);
        firstRun(WorkKind.RECORD_CALLBACK_OUTCOME, steps);
        assertThat(log.attemptsFor(7L, "SUP-7")).isEmpty();
        // days later the fields hold another call's values; the retry logs the one the agent entered then
        when(input.outcome(issue)).thenReturn(Optional.of(CallbackOutcome.SATISFIED));
        when(input.note(issue)).thenReturn("a later call");

        new FailedWorkRetry(issues, steps).retry(queue.pending(10).get(0));

        // the agent is whoever Jira names as the caller (the stand-in names nobody)
        assertThat(log.attemptsFor(7L, "SUP-7")).containsExactly(new CallbackAttempt("SUP-7", AT, null,
                CallbackOutcome.STILL_DISSATISFIED, 2, "still broken, wants a refund"));
        verify(scoring).scheduleCallback(fresh, null);
    }

    @Test
    void aCallbackOutcomeLoggedBeforeItsWorkFailedIsLoggedOnceAfterTheRetry() {
        CallbackLog log = new CallbackLog(ao);
        TicketScoring scoring = mock(TicketScoring.class);
        doThrow(new IllegalStateException("fields unavailable")).doReturn(null).when(scoring).scheduleCallback(any(), any());
        WorkSteps steps = TestWorkSteps.with(log, scoring);
        firstRun(WorkKind.RECORD_CALLBACK_OUTCOME, steps);
        assertThat(log.attemptsFor(7L, "SUP-7")).hasSize(1);

        new FailedWorkRetry(issues, steps).retry(queue.pending(10).get(0));

        assertThat(log.attemptsFor(7L, "SUP-7")).singleElement().extracting(CallbackAttempt::note)
                .isEqualTo("still broken, wants a refund");
        verify(scoring, times(2)).scheduleCallback(any(), any());
    }

    @Test
    void queuedWorkOfAMovedIssueIsRetriedOnItAndItsCallbackHistoryFollows() {
        CallbackLog log = new CallbackLog(ao);
        TicketScoring scoring = mock(TicketScoring.class);
        doThrow(new IllegalStateException("fields unavailable")).doReturn(null).when(scoring).scheduleCallback(any(), any());
        WorkSteps steps = TestWorkSteps.with(log, scoring);
        firstRun(WorkKind.RECORD_CALLBACK_OUTCOME, steps);
        // moved to another project before the night: same id, new key; nothing answers to the old key
        when(fresh.getKey()).thenReturn("OPS-3");

        new FailedWorkRetry(issues, steps).retry(queue.pending(10).get(0));

        verify(scoring).scheduleCallback(fresh, null);
        assertThat(log.attemptsFor(7L, "OPS-3")).singleElement().extracting(CallbackAttempt::outcome)
                .isEqualTo(CallbackOutcome.STILL_DISSATISFIED);
    }

    @Test
    void workOfAnIssueThatNoLongerExistsIsDoneWithNothingRun() {
        queue.enqueue(WorkKind.ASSESS_CHURN_RISK, 99L, "SUP-99", null, new IllegalStateException());
        WorkSteps steps = mock(WorkSteps.class);
        new FailedWorkRetry(issues, steps).retry(queue.pending(10).get(0));
        assertThat(mockingDetails(steps).getInvocations()).isEmpty();
    }
}
