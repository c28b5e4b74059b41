package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.customfield.CallbackInput;
import io.retentiondesk.jira.service.TicketScoring;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RecordCallbackOutcomeFunctionTest {
    private static final Instant NOW = Instant.parse("2026-06-03T10:00:00Z");
    private final CallbackInput input = mock(CallbackInput.class);
    private final CallbackLog log = mock(CallbackLog.class);
    private final TicketScoring scoring = mock(TicketScoring.class);
    private final FailedWorkQueue failures = mock(FailedWorkQueue.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final RecordCallbackOutcomeFunction function = new RecordCallbackOutcomeFunction(input,
            io.retentiondesk.jira.service.TestWorkSteps.with(log, scoring), failures,
            Clock.fixed(NOW.plusMillis(250), ZoneOffset.UTC));

    private Map<String, Object> vars() {
        when(issue.getKey()).thenReturn("SUP-5");
        when(issue.getId()).thenReturn(5L);
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        return vars;
    }

    @Test
    void logsTheAttemptThenUpdatesTheCallback() throws Exception {
        Map<String, Object> vars = vars();
        when(input.outcome(issue)).thenReturn(Optional.of(CallbackOutcome.UNREACHABLE));
        when(input.rating(issue)).thenReturn(null);
        when(input.note(issue)).thenReturn("voicemail");
        function.execute(vars, Map.of(), null);
        var order = inOrder(log, scoring);
        // at whole seconds, as every database keeps it, so a retry finds it logged or not
        order.verify(log).record(5L, new CallbackAttempt("SUP-5", NOW, null, CallbackOutcome.UNREACHABLE, null, "voicemail"));
        order.verify(scoring).scheduleCallback(issue, null); // logging an attempt keeps the owner
    }

    @Test
    void withoutAnOutcomeNothingIsLoggedAndTheFailureIsQueued() {
        Map<String, Object> vars = vars();
        when(input.outcome(issue)).thenReturn(Optional.empty());
        assertThatCode(() -> function.execute(vars, Map.of(), null)).doesNotThrowAnyException();
        verify(log, never()).record(org.mockito.ArgumentMatchers.anyLong(), any());
        verify(failures).enqueue(eq(io.retentiondesk.jira.work.WorkKind.RECORD_CALLBACK_OUTCOME), eq(5L), eq("SUP-5"),
                org.mockito.ArgumentMatchers.isNull(), isA(IllegalStateException.class));
    }
}
