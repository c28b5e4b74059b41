package io.retentiondesk.core.tier;

import java.util.Objects;

/**
 * Tiering settings of the policy.
 *
 * @param method              which split applies
 * @param countShare          percentile cut-offs for {@link TierMethod#COUNT_SHARE}
 * @param valueShare          cumulative-value cut-offs for {@link TierMethod#VALUE_SHARE}
 * @param lowConfidenceBelow  fewer ranked customers than this marks the tiering low-confidence
 * @param highPotentialAt     growth potential (0–100) at or above which potential counts as high
 */
public record TieringPolicy(TierMethod method, Cutoffs countShare, Cutoffs valueShare,
                            int lowConfidenceBelow, int highPotentialAt) {
    public TieringPolicy {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(countShare, "countShare");
        Objects.requireNonNull(valueShare, "valueShare");
    }

    public Cutoffs activeCutoffs() {
        return method == TierMethod.COUNT_SHARE ? countShare : valueShare;
    }
}
