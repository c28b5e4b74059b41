package io.retentiondesk.core;

import io.retentiondesk.core.tier.Tier;

import java.time.Instant;
import java.util.Objects;

/**
 * What is known of a customer apart from its tickets: the tier it was given, its growth potential, a churn
 * recorded by hand or by a value file, and whether it is worth winning back. Immutable.
 *
 * @param tier      value tier; UNRATED when never tiered
 * @param potential growth potential 0–100, {@code null} when not assessed
 * @param churnedAt churn recorded elsewhere (value file, REST, a churn resolution already applied), {@code null}
 * @param churnType the recorded churn type's name, {@code null} when none was recorded
 * @param unworthy  fraud, malicious arrears or abuse: scored but never pursued
 */
public record CustomerProfile(Tier tier, Integer potential, Instant churnedAt, String churnType, boolean unworthy) {
    /** A customer the app knows nothing about yet. */
    public static final CustomerProfile UNKNOWN = new CustomerProfile(Tier.UNRATED, null, null, null, false);

    public CustomerProfile {
        Objects.requireNonNull(tier, "tier");
        if (potential != null && (potential < 0 || potential > 100)) {
            throw new IllegalArgumentException("potential: expected 0 to 100, got " + potential);
        }
    }

    public CustomerProfile withTier(Tier newTier) {
        return new CustomerProfile(newTier, potential, churnedAt, churnType, unworthy);
    }
}
