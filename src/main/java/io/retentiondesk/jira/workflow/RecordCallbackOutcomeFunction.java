package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.customfield.CallbackInput;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Post-function "Record callback outcome" on the "Log callback" transition: logs the attempt (time, agent,
 * outcome, rating, note) and updates the callback's status and due time: DONE, FAILED, a retry a day later, or
 * UNREACHABLE after the last attempt. A FAILED recovery is re-opened by routing the transition back to an open
 * status in the workflow (the admin's choice of statuses). The attempt is read from the transition's fields first,
 * so when logging fails it is queued with the work and a retry logs what the agent entered.
 */
@Named
public class RecordCallbackOutcomeFunction extends RetentionPostFunction {
    private final CallbackInput input;
    private final Clock clock;

    @Inject
    public RecordCallbackOutcomeFunction(CallbackInput input, WorkSteps steps, FailedWorkQueue failures) {
        this(input, steps, failures, Clock.systemUTC());
    }

    RecordCallbackOutcomeFunction(CallbackInput input, WorkSteps steps, FailedWorkQueue failures, Clock clock) {
        super(WorkKind.RECORD_CALLBACK_OUTCOME, steps, failures);
        this.input = Objects.requireNonNull(input);
        this.clock = clock;
    }

    /** The attempt as entered, at whole seconds (as every database keeps a time), so a retry finds it logged or not. */
    @Override
    protected CallbackAttempt capture(MutableIssue issue, ApplicationUser caller) {
        CallbackOutcome outcome = input.outcome(issue)
                .orElseThrow(() -> new IllegalStateException("no callback outcome on the issue"));
        return new CallbackAttempt(issue.getKey(), clock.instant().truncatedTo(ChronoUnit.SECONDS),
                caller == null ? null : caller.getKey(), outcome, input.rating(issue), input.note(issue));
    }
}
