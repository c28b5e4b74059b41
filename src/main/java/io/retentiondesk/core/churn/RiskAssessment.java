package io.retentiondesk.core.churn;

import java.util.List;
import java.util.Objects;

/**
 * A customer's churn risk as of a time: an index, not a probability.
 *
 * @param score   0–100, {@code null} for a churned customer
 * @param band    its band, or CHURNED
 * @param reasons the largest positive contributions, largest first (at most three)
 * @param points  P, the clamped sum of decayed points (0 for a churned customer)
 */
public record RiskAssessment(Integer score, RiskBand band, List<RiskReason> reasons, double points) {
    public RiskAssessment {
        Objects.requireNonNull(band, "band");
        reasons = List.copyOf(reasons);
        if ((score == null) != (band == RiskBand.CHURNED)) {
            throw new IllegalArgumentException("only a churned customer has no score");
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("score: expected 0 to 100, got " + score);
        }
    }

    public static RiskAssessment churned() {
        return new RiskAssessment(null, RiskBand.CHURNED, List.of(), 0);
    }
}
