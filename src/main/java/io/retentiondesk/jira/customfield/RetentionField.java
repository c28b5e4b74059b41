package io.retentiondesk.jira.customfield;

/**
 * The app's read-only custom fields (SPEC §8). A field is the app's <i>Churn risk band</i> because its custom field
 * type is the app's churn-risk-band type, whatever the field is called or in which language: fields are found by
 * {@link #typeKey()}, never by name. The name is what a field is created with.
 */
public enum RetentionField {
    SATISFACTION_SCORE("Satisfaction score", "satisfaction-score"),
    SATISFACTION_BAND("Satisfaction band", "satisfaction-band"),
    CUSTOMER_TIER("Customer tier", "customer-tier"),
    RETENTION_QUADRANT("Retention quadrant", "retention-quadrant"),
    CHURN_RISK_SCORE("Churn risk score", "churn-risk-score"),
    CHURN_RISK_BAND("Churn risk band", "churn-risk-band"),
    CHURN_RISK_REASONS("Churn risk reasons", "churn-risk-reasons"),
    CALLBACK_DUE("Callback due", "callback-due"),
    CALLBACK_STATUS("Callback status", "callback-status");

    /** The app's plugin key ({@code Atlassian-Plugin-Key}: the Maven groupId and artifactId). */
    public static final String PLUGIN_KEY = "io.retentiondesk.retention-desk";

    private final String fieldName;
    private final String moduleKey;

    RetentionField(String fieldName, String moduleKey) {
        this.fieldName = fieldName;
        this.moduleKey = moduleKey;
    }

    public String fieldName() {
        return fieldName;
    }

    /** The {@code <customfield-type>} module's key in atlassian-plugin.xml. */
    public String moduleKey() {
        return moduleKey;
    }

    /** The complete key Jira gives the field's type: {@code io.retentiondesk.retention-desk:churn-risk-band}. */
    public String typeKey() {
        return PLUGIN_KEY + ":" + moduleKey;
    }

    /** The app's field with this complete type key, if any. */
    public static java.util.Optional<RetentionField> ofTypeKey(String typeKey) {
        for (RetentionField f : values()) {
            if (f.typeKey().equals(typeKey)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
