package io.retentiondesk.jira.workflow;

import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Post-function "Assign customer tier" (on create): the customer's tier and retention quadrant on the ticket. */
@Named
public class AssignCustomerTierFunction extends RetentionPostFunction {
    @Inject
    public AssignCustomerTierFunction(WorkSteps steps, FailedWorkQueue failures) {
        super(WorkKind.ASSIGN_CUSTOMER_TIER, steps, failures);
    }
}
