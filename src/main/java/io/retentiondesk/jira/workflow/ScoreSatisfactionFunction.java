package io.retentiondesk.jira.workflow;

import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Post-function "Score satisfaction" (on resolve): satisfaction = experience − expectation for the ticket.
 * Place it before "Store the issue" in the transition.
 */
@Named
public class ScoreSatisfactionFunction extends RetentionPostFunction {
    @Inject
    public ScoreSatisfactionFunction(WorkSteps steps, FailedWorkQueue failures) {
        super(WorkKind.SCORE_SATISFACTION, steps, failures);
    }
}
