package io.retentiondesk.core.churn;

import io.retentiondesk.core.tier.Tier;

import java.util.Map;

/**
 * Sort key of win-back queues: risk score × tier weight (SPEC §5, §11). Not a band of its own.
 */
public final class WinBackPriority {
    private static final int CHURNED_SCORE = 100;

    private WinBackPriority() {
    }

    /**
     * @return the priority, or {@code null} when the customer is left out of win-back queues: unworthy
     *         customers, and churned SMALL customers ("do not pursue")
     */
    public static Integer of(RiskAssessment risk, Tier tier, boolean unworthy, Map<Tier, Integer> weights) {
        if (unworthy) {
            return null;
        }
        int weight = weights.get(tier);
        if (risk.band() == RiskBand.CHURNED) {
            return tier == Tier.SMALL ? null : CHURNED_SCORE * weight;
        }
        return risk.score() * weight;
    }
}
