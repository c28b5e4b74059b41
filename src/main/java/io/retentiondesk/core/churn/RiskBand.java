package io.retentiondesk.core.churn;

/** Bands of the 0–100 churn-risk index; CHURNED customers are not scored. */
public enum RiskBand {
    LOW, MEDIUM, HIGH, CRITICAL, CHURNED;

    /** True when this band is {@code other} or riskier (CHURNED is outside the scale). */
    public boolean atLeast(RiskBand other) {
        return this != CHURNED && other != CHURNED && ordinal() >= other.ordinal();
    }
}
