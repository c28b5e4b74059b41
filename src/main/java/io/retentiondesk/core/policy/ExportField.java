package io.retentiondesk.core.policy;

/**
 * Ticket fields an export may carry under an instance-specific id. The reader finds each by its JSM schema
 * type, then by its English name, then by the id or name the policy gives here.
 */
public enum ExportField {
    ORGANIZATIONS("Organizations"),
    REQUEST_TYPE("Customer Request Type"),
    SATISFACTION("Satisfaction"),
    SATISFACTION_DATE("Satisfaction date"),
    REQUEST_PARTICIPANTS("Request participants"),
    CALLBACK_STATUS("Callback status"),
    CALLBACK_DUE("Callback due");

    private final String defaultName;

    ExportField(String defaultName) {
        this.defaultName = defaultName;
    }

    public String defaultName() {
        return defaultName;
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
