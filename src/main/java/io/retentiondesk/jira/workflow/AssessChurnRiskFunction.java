package io.retentiondesk.jira.workflow;

import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Post-function "Assess churn risk" (any transition): the customer's 0–100 risk index, band and top reasons
 * from its recent tickets, on this ticket.
 */
@Named
public class AssessChurnRiskFunction extends RetentionPostFunction {
    @Inject
    public AssessChurnRiskFunction(WorkSteps steps, FailedWorkQueue failures) {
        super(WorkKind.ASSESS_CHURN_RISK, steps, failures);
    }
}
