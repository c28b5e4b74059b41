package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.TicketScoring;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ScheduleComplaintCallbackFunctionTest {
    private final TicketScoring scoring = mock(TicketScoring.class);
    private final FailedWorkQueue failures = mock(FailedWorkQueue.class);
    private final ScheduleComplaintCallbackFunction function = new ScheduleComplaintCallbackFunction(scoring, failures);
    private final MutableIssue issue = mock(MutableIssue.class);

    private Map<String, Object> transientVars() {
        when(issue.getKey()).thenReturn("SUP-1");
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        return vars;
    }

    @Test
    void scoresTheTransitionedIssue() throws Exception {
        function.execute(transientVars(), Map.of(), null);
        verify(scoring).scheduleCallback(issue);
        verify(failures, never()).enqueue(any(), any(), any());
    }

    @Test
    void aFailingEngineNeverBlocksTheTransitionAndIsQueued() {
        Map<String, Object> vars = transientVars();
        IllegalStateException boom = new IllegalStateException("customer Acme Ltd: policy broken");
        doThrow(boom).when(scoring).scheduleCallback(issue);
        assertThatCode(() -> function.execute(vars, Map.of(), null)).doesNotThrowAnyException();
        verify(failures).enqueue("SUP-1", "schedule-complaint-callback", boom);
    }

    @Test
    void evenAFailingQueueDoesNotBlockTheTransition() {
        Map<String, Object> vars = transientVars();
        doThrow(new IllegalStateException()).when(scoring).scheduleCallback(issue);
        doThrow(new IllegalStateException("db down")).when(failures).enqueue(eq("SUP-1"), any(), any());
        assertThatCode(() -> function.execute(vars, Map.of(), null)).doesNotThrowAnyException();
    }
}
