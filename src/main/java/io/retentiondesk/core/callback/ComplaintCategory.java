package io.retentiondesk.core.callback;

import java.util.List;
import java.util.Locale;

/**
 * Why the customer complained (seed 001), each with the remedy shown to the agent. A complaint's category is
 * read from a label naming it (e.g. {@code staff-attitude}); a complaint without one is {@link #OTHER}.
 */
public enum ComplaintCategory {
    PRODUCT_QUALITY, STAFF_ATTITUDE, MISUSE, MISUNDERSTANDING, OTHER;

    public String remedyKey() {
        return "retention.complaint.remedy." + name();
    }

    /** The first category named by a label ({@code _}, {@code -} and case ignored), else OTHER. */
    public static ComplaintCategory fromLabels(List<String> labels) {
        for (String label : labels) {
            String norm = label.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (ComplaintCategory c : values()) {
                if (c != OTHER && c.name().equals(norm)) {
                    return c;
                }
            }
        }
        return OTHER;
    }
}
