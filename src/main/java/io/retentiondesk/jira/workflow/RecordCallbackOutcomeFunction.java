package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.customfield.CallbackInput;
import io.retentiondesk.jira.service.TicketScoring;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Post-function "Record callback outcome" on the "Log callback" transition: logs the attempt (time, agent,
 * outcome, rating, note) and updates the callback's status and due time: DONE, FAILED, a retry a day later, or
 * UNREACHABLE after the last attempt. A FAILED recovery is re-opened by routing the transition back to an open
 * status in the workflow (the admin's choice of statuses).
 */
@Named
public class RecordCallbackOutcomeFunction extends RetentionPostFunction {
    static final String WORK = "record-callback-outcome";
    private final CallbackInput input;
    private final CallbackLog log;
    private final TicketScoring scoring;
    private final Clock clock;

    @Inject
    public RecordCallbackOutcomeFunction(CallbackInput input, CallbackLog log, TicketScoring scoring,
                                         FailedWorkQueue failures) {
        this(input, log, scoring, failures, Clock.systemUTC());
    }

    RecordCallbackOutcomeFunction(CallbackInput input, CallbackLog log, TicketScoring scoring, FailedWorkQueue failures,
                                  Clock clock) {
        super(failures);
        this.input = Objects.requireNonNull(input);
        this.log = Objects.requireNonNull(log);
        this.scoring = Objects.requireNonNull(scoring);
        this.clock = clock;
    }

    @Override
    protected String work() {
        return WORK;
    }

    @Override
    protected void apply(MutableIssue issue, ApplicationUser caller, Map<?, ?> args) {
        CallbackOutcome outcome = input.outcome(issue)
                .orElseThrow(() -> new IllegalStateException("no callback outcome on " + issue.getKey()));
        log.record(new CallbackAttempt(issue.getKey(), clock.instant(), caller == null ? null : caller.getKey(),
                outcome, input.rating(issue), input.note(issue)));
        scoring.scheduleCallback(issue);
    }
}
