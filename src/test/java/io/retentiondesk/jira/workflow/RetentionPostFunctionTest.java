package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchException;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.customfield.CallbackInput;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.CustomerTiering;
import io.retentiondesk.jira.service.TicketScoring;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.opensymphony.workflow.FunctionProvider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import org.junit.jupiter.params.provider.EnumSource;

import static org.mockito.ArgumentMatchers.isNull;

/**
 * The failure rule for every post-function: when the engine (or anything below it) throws, the transition goes
 * on and the work is queued for the scheduled job under the issue key.
 */
class RetentionPostFunctionTest {
    private final TicketScoring scoring = mock(TicketScoring.class);
    private final CustomerTiering tiering = mock(CustomerTiering.class);
    private final ChurnAssessment assessment = mock(ChurnAssessment.class);
    private final CallbackInput input = mock(CallbackInput.class);
    private final CallbackLog log = mock(CallbackLog.class);
    private final FailedWorkQueue failures = mock(FailedWorkQueue.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final IllegalStateException engineFailure = new IllegalStateException("engine failed for Acme Ltd");

    private final WorkSteps steps = new WorkSteps(tiering, scoring, assessment,
            mock(io.retentiondesk.jira.service.LateRating.class), mock(io.retentiondesk.jira.service.TicketRecorder.class),
            log);

    @ParameterizedTest
    @EnumSource(value = WorkKind.class, names = {"LATE_RATING", "REFRESH_RECORD"}, mode = EnumSource.Mode.EXCLUDE)
    void anEngineFailureNeverBlocksTheTransitionAndIsQueued(WorkKind work) throws SearchException {
        when(issue.getKey()).thenReturn("SUP-1");
        when(issue.getId()).thenReturn(1L);
        RetentionPostFunction function = switch (work) {
            case ASSIGN_CUSTOMER_TIER -> {
                doThrow(engineFailure).when(tiering).assign(issue);
                yield new AssignCustomerTierFunction(steps, failures);
            }
            case SCORE_SATISFACTION -> {
                doThrow(engineFailure).when(scoring).scoreSatisfaction(issue);
                yield new ScoreSatisfactionFunction(steps, failures);
            }
            case SCHEDULE_COMPLAINT_CALLBACK -> {
                doThrow(engineFailure).when(scoring).scheduleCallback(eq(issue), any());
                yield new ScheduleComplaintCallbackFunction(steps, failures);
            }
            case ASSESS_CHURN_RISK -> {
                doThrow(engineFailure).when(assessment).assessAndWrite(issue);
                yield new AssessChurnRiskFunction(steps, failures);
            }
            default -> {
                when(input.outcome(issue)).thenReturn(Optional.of(CallbackOutcome.SATISFIED));
                when(input.rating(issue)).thenReturn(null);
                doThrow(engineFailure).when(scoring).scheduleCallback(eq(issue), any());
                yield new RecordCallbackOutcomeFunction(input, steps, failures);
            }
        };
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        // the transition as OSWorkflow runs it: our function, then Jira's store step; a throw would abort the rest
        List<String> stored = new ArrayList<>();
        FunctionProvider storeIssue = (transientVars, args, ps) -> stored.add(((MutableIssue) transientVars.get("issue")).getKey());
        assertThatCode(() -> {
            for (FunctionProvider step : List.of(function, storeIssue)) {
                step.execute(vars, Map.of(), null);
            }
        }).doesNotThrowAnyException();
        assertThat(stored).containsExactly("SUP-1");
        verify(failures).enqueue(eq(work), eq(1L), eq("SUP-1"),
                work.needsAttempt() ? isA(io.retentiondesk.core.callback.CallbackAttempt.class) : isNull(),
                isA(IllegalStateException.class));
    }
}
