package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.TicketScoring;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Objects;

/**
 * Post-function "Schedule complaint callback" (on resolve): a resolved complaint gets its follow-up callback,
 * due by the customer's tier. Other tickets are left alone. Place it before "Store the issue".
 */
@Named
public class ScheduleComplaintCallbackFunction extends RetentionPostFunction {
    static final String WORK = "schedule-complaint-callback";
    private final TicketScoring scoring;

    @Inject
    public ScheduleComplaintCallbackFunction(TicketScoring scoring, FailedWorkQueue failures) {
        super(failures);
        this.scoring = Objects.requireNonNull(scoring);
    }

    @Override
    protected String work() {
        return WORK;
    }

    @Override
    protected void apply(MutableIssue issue, ApplicationUser caller, Map<?, ?> args) {
        scoring.scheduleCallback(issue);
    }
}
