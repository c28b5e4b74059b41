package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.ChurnAssessment;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Objects;

/**
 * Post-function "Assess churn risk" (any transition): the customer's 0–100 risk index, band and top reasons
 * from its recent tickets, on this ticket.
 */
@Named
public class AssessChurnRiskFunction extends RetentionPostFunction {
    static final String WORK = "assess-churn-risk";
    private final ChurnAssessment assessment;

    @Inject
    public AssessChurnRiskFunction(ChurnAssessment assessment, FailedWorkQueue failures) {
        super(failures);
        this.assessment = Objects.requireNonNull(assessment);
    }

    @Override
    protected String work() {
        return WORK;
    }

    @Override
    protected void apply(MutableIssue issue, ApplicationUser caller, Map<?, ?> args) {
        assessment.assessAndWrite(issue);
    }
}
