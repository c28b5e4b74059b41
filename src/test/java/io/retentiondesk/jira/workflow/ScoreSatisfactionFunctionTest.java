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

class ScoreSatisfactionFunctionTest {
    private final TicketScoring scoring = mock(TicketScoring.class);
    private final FailedWorkQueue failures = mock(FailedWorkQueue.class);
    private final ScoreSatisfactionFunction function = new ScoreSatisfactionFunction(
            io.retentiondesk.jira.service.TestWorkSteps.with(scoring), failures);
    private final MutableIssue issue = mock(MutableIssue.class);

    private Map<String, Object> transientVars() {
        when(issue.getKey()).thenReturn("SUP-1");
        when(issue.getId()).thenReturn(1L);
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        return vars;
    }

    @Test
    void scoresTheTransitionedIssue() throws Exception {
        function.execute(transientVars(), Map.of(), null);
        verify(scoring).scoreSatisfaction(issue);
        verify(failures, never()).enqueue(any(), any(), any(), any(), any());
    }

    @Test
    void aFailingEngineNeverBlocksTheTransitionAndIsQueued() {
        Map<String, Object> vars = transientVars();
        IllegalStateException boom = new IllegalStateException("customer Acme Ltd: policy broken");
        doThrow(boom).when(scoring).scoreSatisfaction(issue);
        assertThatCode(() -> function.execute(vars, Map.of(), null)).doesNotThrowAnyException();
        verify(failures).enqueue(io.retentiondesk.jira.work.WorkKind.SCORE_SATISFACTION, 1L, "SUP-1", null, boom);
    }

    @Test
    void evenAFailingQueueDoesNotBlockTheTransition() {
        Map<String, Object> vars = transientVars();
        doThrow(new IllegalStateException()).when(scoring).scoreSatisfaction(issue);
        doThrow(new IllegalStateException("db down")).when(failures).enqueue(any(), any(), eq("SUP-1"), any(), any());
        assertThatCode(() -> function.execute(vars, Map.of(), null)).doesNotThrowAnyException();
    }
}
