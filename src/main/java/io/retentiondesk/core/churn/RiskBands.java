package io.retentiondesk.core.churn;

/**
 * Lower bounds of the MEDIUM, HIGH and CRITICAL bands: {@code LOW < medium <= MEDIUM < high <= HIGH < critical
 * <= CRITICAL}. Invariant: {@code 0 < medium < high < critical <= 100}.
 */
public record RiskBands(int medium, int high, int critical) {
    public RiskBands {
        if (!(medium > 0 && medium < high && high < critical && critical <= 100)) {
            throw new IllegalArgumentException("risk bands must rise: 0 < medium < high < critical <= 100");
        }
    }

    public RiskBand bandOf(int score) {
        if (score >= critical) {
            return RiskBand.CRITICAL;
        }
        if (score >= high) {
            return RiskBand.HIGH;
        }
        return score >= medium ? RiskBand.MEDIUM : RiskBand.LOW;
    }
}
