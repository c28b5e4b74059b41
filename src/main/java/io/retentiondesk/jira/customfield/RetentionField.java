package io.retentiondesk.jira.customfield;

import java.util.Locale;
import java.util.Optional;

/**
 * The app's custom fields: nine it sets (SPEC §8, read-only to users) and three the agent fills on the
 * <i>Log callback</i> screen. A field is the app's <i>Churn risk band</i> because its custom field type is the app's
 * churn-risk-band type, whatever the field is called or in which language: fields are found by {@link #typeKey()},
 * never by name. The name is what a field is created with, and, for the three callback fields only, what a field an
 * administrator made by hand before this release (README, setting up) is still found by when no field of the app's
 * type applies.
 */
public enum RetentionField {
    SATISFACTION_SCORE("Satisfaction score", "satisfaction-score", Searcher.NUMBER_RANGE, false),
    SATISFACTION_BAND("Satisfaction band", "satisfaction-band", Searcher.EXACT_TEXT, false),
    CUSTOMER_TIER("Customer tier", "customer-tier", Searcher.EXACT_TEXT, false),
    RETENTION_QUADRANT("Retention quadrant", "retention-quadrant", Searcher.EXACT_TEXT, false),
    CHURN_RISK_SCORE("Churn risk score", "churn-risk-score", Searcher.NUMBER_RANGE, false),
    CHURN_RISK_BAND("Churn risk band", "churn-risk-band", Searcher.EXACT_TEXT, false),
    CHURN_RISK_REASONS("Churn risk reasons", "churn-risk-reasons", Searcher.TEXT, false),
    CALLBACK_DUE("Callback due", "callback-due", Searcher.DATE_TIME_RANGE, false),
    CALLBACK_STATUS("Callback status", "callback-status", Searcher.EXACT_TEXT, false),
    CALLBACK_OUTCOME("Callback outcome", "callback-outcome", Searcher.EXACT_TEXT, true),
    CALLBACK_RATING("Callback rating", "callback-rating", Searcher.NUMBER_RANGE, true),
    CALLBACK_NOTE("Callback note", "callback-note", Searcher.TEXT, true);

    /** The app's plugin key ({@code Atlassian-Plugin-Key}: the Maven groupId and artifactId). */
    public static final String PLUGIN_KEY = "io.retentiondesk.retention-desk";

    /** Jira's own searchers the app's types name with {@code <valid-searcher>}: Jira builds them itself. */
    public enum Searcher {
        NUMBER_RANGE("numberrange"), EXACT_TEXT("exacttextsearcher"), TEXT("textsearcher"),
        DATE_TIME_RANGE("datetimerange");

        /** The plugin of Jira's built-in custom field types and searchers. */
        public static final String JIRA_FIELDS = "com.atlassian.jira.plugin.system.customfieldtypes";

        private final String moduleKey;

        Searcher(String moduleKey) {
            this.moduleKey = moduleKey;
        }

        public String moduleKey() {
            return moduleKey;
        }

        /** What {@code CustomFieldManager.getCustomFieldSearcher} takes, e.g. {@code …customfieldtypes:numberrange}. */
        public String completeKey() {
            return JIRA_FIELDS + ":" + moduleKey;
        }
    }

    private final String fieldName;
    private final String moduleKey;
    private final Searcher searcher;
    private final boolean enteredByAgent;

    RetentionField(String fieldName, String moduleKey, Searcher searcher, boolean enteredByAgent) {
        this.fieldName = fieldName;
        this.moduleKey = moduleKey;
        this.searcher = searcher;
        this.enteredByAgent = enteredByAgent;
    }

    /** The documented English name (README); created fields take the admin's language instead ({@link #nameKey()}). */
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

    /** The built-in searcher a created field gets (one of the type's {@code <valid-searcher>}s). */
    public Searcher searcher() {
        return searcher;
    }

    /**
     * Whether the agent fills the field (the three callback fields) rather than the app. Before this release these
     * were ordinary fields an administrator made by hand, so they alone are still found by {@link #fieldName()} when
     * no field of the app's type applies.
     */
    public boolean enteredByAgent() {
        return enteredByAgent;
    }

    /** The i18n key of the field's name, e.g. {@code retention.field.churnRiskBand.name} (also its type's name). */
    public String nameKey() {
        return "retention.field." + camel() + ".name";
    }

    /** The i18n key of the description a created field gets. */
    public String descriptionKey() {
        return "retention.field." + camel() + ".description";
    }

    private String camel() {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : moduleKey.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** The app's field with this complete type key, if any. */
    public static Optional<RetentionField> ofTypeKey(String typeKey) {
        for (RetentionField f : values()) {
            if (f.typeKey().equals(typeKey)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
