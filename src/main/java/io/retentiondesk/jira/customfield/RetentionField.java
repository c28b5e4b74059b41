package io.retentiondesk.jira.customfield;

/** The app's read-only custom fields (SPEC §8), by the name they are created with. */
public enum RetentionField {
    SATISFACTION_SCORE("Satisfaction score"),
    SATISFACTION_BAND("Satisfaction band"),
    CUSTOMER_TIER("Customer tier"),
    RETENTION_QUADRANT("Retention quadrant"),
    CHURN_RISK_SCORE("Churn risk score"),
    CHURN_RISK_BAND("Churn risk band"),
    CHURN_RISK_REASONS("Churn risk reasons"),
    CALLBACK_DUE("Callback due"),
    CALLBACK_STATUS("Callback status");

    private final String fieldName;

    RetentionField(String fieldName) {
        this.fieldName = fieldName;
    }

    public String fieldName() {
        return fieldName;
    }
}
