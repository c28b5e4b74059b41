package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.CustomerTiering;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Objects;

/** Post-function "Assign customer tier" (on create): the customer's tier and retention quadrant on the ticket. */
@Named
public class AssignCustomerTierFunction extends RetentionPostFunction {
    static final String WORK = "assign-customer-tier";
    private final CustomerTiering tiering;

    @Inject
    public AssignCustomerTierFunction(CustomerTiering tiering, FailedWorkQueue failures) {
        super(failures);
        this.tiering = Objects.requireNonNull(tiering);
    }

    @Override
    protected String work() {
        return WORK;
    }

    @Override
    protected void apply(MutableIssue issue, ApplicationUser caller, Map<?, ?> args) {
        tiering.assign(issue);
    }
}
