package it.io.retentiondesk;

/**
 * The app's twelve fields (nine it sets, three the agent fills on Log callback) as the wired tests create them: the
 * name they are created with, the key of its
 * {@code <customfield-type>} and the built-in searcher each is created with. The test plugin cannot see the app's
 * own classes (the app exports no packages), so {@code WiredTestSetupTest} checks this table against the app's
 * {@code RetentionField} and descriptor instead.
 */
public enum AppField {
    SATISFACTION_SCORE("Satisfaction score", "satisfaction-score", Search.NUMBER_RANGE),
    SATISFACTION_BAND("Satisfaction band", "satisfaction-band", Search.EXACT_TEXT),
    CUSTOMER_TIER("Customer tier", "customer-tier", Search.EXACT_TEXT),
    RETENTION_QUADRANT("Retention quadrant", "retention-quadrant", Search.EXACT_TEXT),
    CHURN_RISK_SCORE("Churn risk score", "churn-risk-score", Search.NUMBER_RANGE),
    CHURN_RISK_BAND("Churn risk band", "churn-risk-band", Search.EXACT_TEXT),
    CHURN_RISK_REASONS("Churn risk reasons", "churn-risk-reasons", Search.TEXT),
    CALLBACK_DUE("Callback due", "callback-due", Search.DATE_TIME_RANGE),
    CALLBACK_STATUS("Callback status", "callback-status", Search.EXACT_TEXT),
    CALLBACK_OUTCOME("Callback outcome", "callback-outcome", Search.EXACT_TEXT),
    CALLBACK_RATING("Callback rating", "callback-rating", Search.NUMBER_RANGE),
    CALLBACK_NOTE("Callback note", "callback-note", Search.TEXT);

    /** The app's plugin key (pom {@code atlassian.plugin.key}). */
    public static final String PLUGIN_KEY = "io.retentiondesk.retention-desk";
    /** The plugin of Jira's own custom field types and searchers. */
    public static final String JIRA_FIELDS = "com.atlassian.jira.plugin.system.customfieldtypes";

    /** Jira's built-in searchers the app's field types are valid for. */
    public enum Search {
        NUMBER_RANGE("numberrange"), EXACT_TEXT("exacttextsearcher"), TEXT("textsearcher"),
        DATE_TIME_RANGE("datetimerange");

        private final String key;

        Search(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final String fieldName;
    private final String typeKey;
    private final Search search;

    AppField(String fieldName, String typeKey, Search search) {
        this.fieldName = fieldName;
        this.typeKey = typeKey;
        this.search = search;
    }

    public String fieldName() {
        return fieldName;
    }

    /** The module key of the field type in the app's descriptor. */
    public String typeKey() {
        return typeKey;
    }

    public Search search() {
        return search;
    }

    /** e.g. {@code io.retentiondesk.retention-desk:satisfaction-score} */
    public String completeTypeKey() {
        return PLUGIN_KEY + ":" + typeKey;
    }

    /** e.g. {@code com.atlassian.jira.plugin.system.customfieldtypes:numberrange} */
    public String completeSearcherKey() {
        return JIRA_FIELDS + ":" + search.key();
    }
}
