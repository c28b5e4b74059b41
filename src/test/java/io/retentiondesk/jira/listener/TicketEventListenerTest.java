package io.retentiondesk.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.ScoredRatings;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.TicketScoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class TicketEventListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final JsmFields jsm = mock(JsmFields.class);
    private final ScoredRatings scored = mock(ScoredRatings.class);
    private final io.retentiondesk.jira.service.TicketRecorder recorder =
            mock(io.retentiondesk.jira.service.TicketRecorder.class);
    private final io.retentiondesk.jira.service.TicketRecorder.Recorded recorded =
            mock(io.retentiondesk.jira.service.TicketRecorder.Recorded.class);
    private final TicketScoring scoring = mock(TicketScoring.class);
    private final ChurnAssessment churn = mock(ChurnAssessment.class);
    private final FailedWorkQueue failures = mock(FailedWorkQueue.class);
    private final TicketEventListener listener = new TicketEventListener(events, new io.retentiondesk.jira.service.WorkSteps(
            mock(io.retentiondesk.jira.service.CustomerTiering.class), scoring, churn,
            new io.retentiondesk.jira.service.LateRating(issues, jsm, scored, recorder, scoring, churn), recorder,
            mock(io.retentiondesk.jira.ao.CallbackLog.class)), failures);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final MutableIssue fresh = mock(MutableIssue.class);
    private final ApplicationUser customer = mock(ApplicationUser.class);
    private final IssueEvent event = mock(IssueEvent.class);

    @BeforeEach
    void resolvedTicket() {
        when(issue.getId()).thenReturn(7L);
        when(issue.getKey()).thenReturn("SUP-7");
        when(issue.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse("2026-06-03T09:00:00Z")));
        when(event.getIssue()).thenReturn(issue);
        when(event.getUser()).thenReturn(customer);
        when(issues.getIssueObject(7L)).thenReturn(fresh);
        when(recorder.record(fresh)).thenReturn(recorded);
    }

    @Test
    void registersWithTheEventPublisherForItsLifetimeAndListensToIssueEvents() throws Exception {
        listener.afterPropertiesSet();
        verify(events).register(listener);
        listener.destroy();
        verify(events).unregister(listener);
        assertThat(TicketEventListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
    }

    @Test
    void aNewRatingReScoresTheTicketReAssessesTheCustomerAndDispatchesNothing() throws Exception {
        when(jsm.rating(issue)).thenReturn(new JsmFields.Rating.Given(2, Instant.parse("2026-06-05T10:00:00Z")));
        when(scored.isNew(7L, 2)).thenReturn(true);
        listener.onIssueEvent(event);
        // the ticket is read once: that evaluation scores it and joins its customer's assessment
        verify(recorder).record(fresh);
        verify(scoring).writeSatisfaction(fresh, recorded.evaluation());
        verify(churn).assessAndWrite(fresh, recorded);
        ArgumentCaptor<UpdateIssueRequest> request = ArgumentCaptor.forClass(UpdateIssueRequest.class);
        verify(issues).updateIssue(eq(customer), eq(fresh), request.capture());
        assertThat(request.getValue().getEventDispatchOption()).isSameAs(EventDispatchOption.DO_NOT_DISPATCH);
        assertThat(request.getValue().isSendMail()).isFalse();
        verify(scored).record(7L, 2);
    }

    @Test
    void aRatingAlreadyScoredIsNotScoredAgain() {
        when(jsm.rating(issue)).thenReturn(new JsmFields.Rating.Given(2, null));
        when(scored.isNew(7L, 2)).thenReturn(false);
        listener.onIssueEvent(event);
        verify(recorder, never()).record(any());
        verifyNoInteractions(scoring, churn);
        verify(issues, never()).updateIssue(any(), any(), any());
    }

    @Test
    void unresolvedUnratedOrUnreadablyRatedTicketsOnlyHaveTheirRecordRefreshed() {
        when(jsm.rating(issue)).thenReturn(JsmFields.Rating.ABSENT);
        listener.onIssueEvent(event);
        when(jsm.rating(issue)).thenReturn(new JsmFields.Rating.Unreadable("java.lang.Object"));
        listener.onIssueEvent(event);
        when(issue.getResolutionDate()).thenReturn(null);
        listener.onIssueEvent(event);
        verify(recorder, times(3)).refresh(issue); // that one ticket, as the event has it
        verify(recorder, never()).record(any());
        verifyNoInteractions(scoring, churn, scored);
    }

    @Test
    void aDeletedIssueLeavesItsCustomersHistory() {
        when(event.getEventTypeId()).thenReturn(com.atlassian.jira.event.type.EventType.ISSUE_DELETED_ID);
        listener.onIssueEvent(event);
        verify(recorder).forget(7L);
        verify(recorder, never()).refresh(any());
        verifyNoInteractions(scoring, churn);
    }

    @Test
    void aRecordThatCannotBeRefreshedIsQueuedAndTheEventsOperationGoesOn() {
        when(issue.getResolutionDate()).thenReturn(null);
        when(recorder.refresh(issue)).thenThrow(new IllegalStateException("records unavailable"));
        assertThatCode(() -> listener.onIssueEvent(event)).doesNotThrowAnyException();
        verify(failures).enqueue(eq(io.retentiondesk.jira.work.WorkKind.REFRESH_RECORD), eq(7L), eq("SUP-7"), isNull(),
                isA(IllegalStateException.class));
    }

    @Test
    void aFailureIsQueuedAndNeverThrownIntoTheOperationThatRaisedTheEvent() throws Exception {
        when(jsm.rating(issue)).thenReturn(new JsmFields.Rating.Given(5, null));
        when(scored.isNew(7L, 5)).thenReturn(true);
        doThrow(new IllegalStateException("customer Acme: boom")).when(scoring).writeSatisfaction(eq(fresh), any());
        assertThatCode(() -> listener.onIssueEvent(event)).doesNotThrowAnyException();
        verify(failures).enqueue(eq(io.retentiondesk.jira.work.WorkKind.LATE_RATING), eq(7L), eq("SUP-7"), isNull(),
                isA(IllegalStateException.class));
        verify(scored, never()).record(anyLong(), anyInt());
    }

    /** The nightly check reads the ticket by id and stores it as the app, without an event. */
    @Test
    void theNightlyCheckScoresANewRatingByIssueIdAsTheApp() throws Exception {
        io.retentiondesk.jira.service.LateRating lateRating =
                new io.retentiondesk.jira.service.LateRating(issues, jsm, scored, recorder, scoring, churn);
        when(fresh.getId()).thenReturn(7L);
        when(fresh.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse("2026-06-03T09:00:00Z")));
        when(jsm.rating(fresh)).thenReturn(new JsmFields.Rating.Given(4, null));
        when(scored.isNew(7L, 4)).thenReturn(true);
        assertThat(lateRating.rescoreIfNew(7L)).isTrue();
        verify(churn).assessAndWrite(fresh, recorded);
        verify(issues).updateIssue(eq(null), eq(fresh), any());
        verify(scored).record(7L, 4);
        assertThat(lateRating.rescoreIfNew(99L)).as("a ticket that no longer exists").isFalse();
    }
}
