package io.retentiondesk.core.churn;

/**
 * The fourteen churn-risk signals of SPEC §5. Points are read as {@code 20·ln(relative risk)}; the points of
 * each signal live in the policy.
 */
public enum RiskSignal {
    SCORED_BELOW, LOW_RATING, COMPLAINT, REOPENED, HANDOFFS, SLA_MISSED, CONTACT_SURGE, SAME_PROBLEM,
    CALLBACK_OVERDUE, CALLBACK_FAILED, REPEAT_COMPLAINT, CHURN_INTENT, RECOVERED, SCORED_EXCEEDED;

    /** i18n key of the sentence that explains this reason to an agent; takes the ticket key as {0}. */
    public String reasonKey() {
        return "retention.risk.reason." + name();
    }
}
