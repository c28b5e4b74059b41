package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.customfield.CallbackInput;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** The app's post-function for each kind of work, and a transition running it, for tests in other packages. */
public final class TestPostFunctions {
    private TestPostFunctions() {
    }

    /** The post-function that does this kind of work; {@code now} is when a callback attempt is logged. */
    public static RetentionPostFunction of(WorkKind kind, WorkSteps steps, CallbackInput input, FailedWorkQueue queue,
                                           Instant now) {
        return switch (kind) {
            case ASSIGN_CUSTOMER_TIER -> new AssignCustomerTierFunction(steps, queue);
            case SCORE_SATISFACTION -> new ScoreSatisfactionFunction(steps, queue);
            case SCHEDULE_COMPLAINT_CALLBACK -> new ScheduleComplaintCallbackFunction(steps, queue);
            case RECORD_CALLBACK_OUTCOME -> new RecordCallbackOutcomeFunction(input, steps, queue,
                    Clock.fixed(now, ZoneOffset.UTC));
            case ASSESS_CHURN_RISK -> new AssessChurnRiskFunction(steps, queue);
            default -> throw new IllegalArgumentException(kind + " is no post-function's work");
        };
    }

    /** Runs the post-function on the issue as a transition by {@code caller} does. */
    public static void execute(RetentionPostFunction function, MutableIssue issue, ApplicationUser caller) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        vars.put("context", null);
        function.execute(vars, Map.of(), null);
    }
}
