package io.retentiondesk.jira.workflow;

import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Post-function "Schedule complaint callback" (on resolve): a resolved complaint gets its follow-up callback,
 * due by the customer's tier. Other tickets are left alone. Place it before "Store the issue".
 */
@Named
public class ScheduleComplaintCallbackFunction extends RetentionPostFunction {
    @Inject
    public ScheduleComplaintCallbackFunction(WorkSteps steps, FailedWorkQueue failures) {
        super(WorkKind.SCHEDULE_COMPLAINT_CALLBACK, steps, failures);
    }
}
