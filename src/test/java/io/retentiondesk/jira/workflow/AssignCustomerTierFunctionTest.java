package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.CustomerTiering;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AssignCustomerTierFunctionTest {
    @Test
    void assignsAndNeverBlocksTheCreateTransition() {
        CustomerTiering tiering = mock(CustomerTiering.class);
        FailedWorkQueue failures = mock(FailedWorkQueue.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("SUP-9");
        when(issue.getId()).thenReturn(null); // on create, before "Creates the issue originally"
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        AssignCustomerTierFunction function = new AssignCustomerTierFunction(io.retentiondesk.jira.service.TestWorkSteps.with(tiering), failures);
        assertThatCode(() -> function.execute(vars, Map.of(), null)).doesNotThrowAnyException();
        verify(tiering).assign(issue);

        IllegalStateException boom = new IllegalStateException("registry down");
        doThrow(boom).when(tiering).assign(issue);
        assertThatCode(() -> function.execute(vars, Map.of(), null)).doesNotThrowAnyException();
        verify(failures).enqueue(io.retentiondesk.jira.work.WorkKind.ASSIGN_CUSTOMER_TIER, null, "SUP-9", null, boom);
    }
}
