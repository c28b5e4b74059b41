package io.retentiondesk.jira.setup;

import io.retentiondesk.jira.workflow.AssessChurnRiskFunction;
import io.retentiondesk.jira.workflow.AssignCustomerTierFunction;
import io.retentiondesk.jira.workflow.CallbackOutcomeRequiredValidator;
import io.retentiondesk.jira.workflow.RecordCallbackOutcomeFunction;
import io.retentiondesk.jira.workflow.ScheduleComplaintCallbackFunction;
import io.retentiondesk.jira.workflow.ScoreSatisfactionFunction;

import java.util.Locale;

/**
 * The app's post-functions and its validator as a workflow holds them: by the class Jira stores in the function's
 * {@code class.name} argument (the {@code function-class} or {@code validator-class} of atlassian-plugin.xml), with
 * where each belongs (README, "Setting it up", step 3).
 */
public enum AppWorkflowModule {
    ASSIGN_CUSTOMER_TIER(AssignCustomerTierFunction.class, Kind.POST_FUNCTION, Placement.CREATE),
    SCORE_SATISFACTION(ScoreSatisfactionFunction.class, Kind.POST_FUNCTION, Placement.RESOLVE),
    SCHEDULE_COMPLAINT_CALLBACK(ScheduleComplaintCallbackFunction.class, Kind.POST_FUNCTION, Placement.RESOLVE),
    ASSESS_CHURN_RISK(AssessChurnRiskFunction.class, Kind.POST_FUNCTION, Placement.ANY),
    RECORD_CALLBACK_OUTCOME(RecordCallbackOutcomeFunction.class, Kind.POST_FUNCTION, Placement.CALLBACK),
    CALLBACK_OUTCOME_REQUIRED(CallbackOutcomeRequiredValidator.class, Kind.VALIDATOR, Placement.CALLBACK);

    /** A post-function runs after the transition; a validator can refuse it. */
    public enum Kind { POST_FUNCTION, VALIDATOR }

    /**
     * Where it belongs: on Create (an initial action), or on some later transition: the one resolving a ticket, any
     * (the resolve one at least), or the callback transitions. Which transition resolves a ticket is the
     * administrator's design, so only "on Create" and "on a later transition" are told apart.
     */
    public enum Placement { CREATE, RESOLVE, ANY, CALLBACK }

    private final String className;
    private final Kind kind;
    private final Placement placement;

    AppWorkflowModule(Class<?> type, Kind kind, Placement placement) {
        this.className = type.getName();
        this.kind = kind;
        this.placement = placement;
    }

    /** The value of the {@code class.name} argument Jira stores for it. */
    public String className() {
        return className;
    }

    public Kind kind() {
        return kind;
    }

    public Placement placement() {
        return placement;
    }

    /** The i18n key naming it on a setup line. */
    public String titleKey() {
        return "retention.setup.workflow." + name().toLowerCase(Locale.ROOT) + ".title";
    }
}
