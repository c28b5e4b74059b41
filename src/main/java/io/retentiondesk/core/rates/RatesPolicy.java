package io.retentiondesk.core.rates;

import java.util.List;

/**
 * Churn and retention settings of the policy (SPEC §6).
 *
 * @param churnResolutions   resolution names that mark the customer churned (case-insensitive)
 * @param inactiveDays       inactivity churn after this many silent days; {@code null} = off (the default)
 * @param historyMonths      months before a period in which a ticket puts a customer in its base
 * @param lowConfidenceBelow a base smaller than this is marked low-confidence
 */
public record RatesPolicy(List<String> churnResolutions, Integer inactiveDays, int historyMonths,
                          int lowConfidenceBelow) {
    public RatesPolicy {
        churnResolutions = List.copyOf(churnResolutions);
        if (inactiveDays != null && inactiveDays < 1) {
            throw new IllegalArgumentException("inactiveDays: expected at least 1 or null, got " + inactiveDays);
        }
    }
}
