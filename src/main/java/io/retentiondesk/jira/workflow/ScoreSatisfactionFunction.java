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
 * Post-function "Score satisfaction" (on resolve): satisfaction = experience − expectation for the ticket.
 * Place it before "Store the issue" in the transition.
 */
@Named
public class ScoreSatisfactionFunction extends RetentionPostFunction {
    static final String WORK = "score-satisfaction";
    private final TicketScoring scoring;

    @Inject
    public ScoreSatisfactionFunction(TicketScoring scoring, FailedWorkQueue failures) {
        super(failures);
        this.scoring = Objects.requireNonNull(scoring);
    }

    @Override
    protected String work() {
        return WORK;
    }

    @Override
    protected void apply(MutableIssue issue, ApplicationUser caller, Map<?, ?> args) {
        scoring.scoreSatisfaction(issue);
    }
}
