package io.retentiondesk.core.policy;

/**
 * Ticket fields an export (or a Jira instance) may carry under an instance-specific id. The offline reader finds
 * each by its custom field type (JSON {@code schema.custom}), then by its English name, then by the id or name the
 * policy gives here; the Jira side by its type, then by the policy.
 */
public enum ExportField {
    ORGANIZATIONS("Organizations", "com.atlassian.servicedesk:sd-customer-organizations"),
    REQUEST_TYPE("Customer Request Type", "com.atlassian.servicedesk:vp-origin"),
    SATISFACTION("Satisfaction", "com.atlassian.servicedesk:sd-request-feedback"),
    SATISFACTION_DATE("Satisfaction date", "com.atlassian.servicedesk:sd-request-feedback-date"),
    REQUEST_PARTICIPANTS("Request participants", "com.atlassian.servicedesk:sd-request-participants"),
    CALLBACK_STATUS("Callback status", "io.retentiondesk.retention-desk:callback-status"),
    CALLBACK_DUE("Callback due", "io.retentiondesk.retention-desk:callback-due");

    /** The type key of JSM's SLA fields (one field per SLA). */
    public static final String SLA_TYPE = "com.atlassian.servicedesk:sd-sla-field";

    private final String defaultName;
    private final String typeKey;

    ExportField(String defaultName, String typeKey) {
        this.defaultName = defaultName;
        this.typeKey = typeKey;
    }

    public String defaultName() {
        return defaultName;
    }

    /** The custom field type's complete key: what Jira's {@code CustomFieldType.getKey()} and REST's {@code schema.custom} show. */
    public String typeKey() {
        return typeKey;
    }

    /** The policy's JSON name of this field, e.g. {@code requestType}. */
    public String jsonName() {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
