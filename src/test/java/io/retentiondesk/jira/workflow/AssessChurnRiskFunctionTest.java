package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.ChurnAssessment;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AssessChurnRiskFunctionTest {
    @Test
    void aFailedAssessmentIsQueuedAndTheTransitionGoesOn() {
        ChurnAssessment assessment = mock(ChurnAssessment.class);
        FailedWorkQueue failures = mock(FailedWorkQueue.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("SUP-4");
        when(issue.getId()).thenReturn(4L);
        when(assessment.assessAndWrite(issue)).thenThrow(new IllegalStateException("records unavailable"));
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        AssessChurnRiskFunction function = new AssessChurnRiskFunction(io.retentiondesk.jira.service.TestWorkSteps.with(assessment), failures);
        assertThatCode(() -> function.execute(vars, Map.of(), null)).doesNotThrowAnyException();
        verify(assessment).assessAndWrite(issue);
        verify(failures).enqueue(eq(io.retentiondesk.jira.work.WorkKind.ASSESS_CHURN_RISK), eq(4L),
                eq("SUP-4"), org.mockito.ArgumentMatchers.isNull(), isA(IllegalStateException.class));
    }
}
