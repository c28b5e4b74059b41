package io.retentiondesk.core.rates;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Churn and retention of one tier (or {@code ALL}) in one month.
 *
 * @param period        the month {@code [t0, t1)}
 * @param tier          a tier name or {@code ALL}
 * @param base          customers active in the 12 months before t0 and not churned at t0
 * @param churned       members of the base who churned in the period
 * @param churnRate     churned / base in [0, 1]; {@code null} for an empty base
 * @param retentionRate 1 − churnRate; {@code null} for an empty base
 * @param lowConfidence base smaller than the policy's minimum
 */
public record RateRow(YearMonth period, String tier, int base, int churned, Double churnRate, Double retentionRate,
                      boolean lowConfidence) {
    public RateRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tier, "tier");
        if (churned > base || churned < 0) {
            throw new IllegalArgumentException("churned must be within the base");
        }
    }

    /** The row with its rates worked out from the counts (none for an empty base). */
    public static RateRow of(YearMonth period, String tier, int base, int churned, boolean lowConfidence) {
        Double churn = base == 0 ? null : churned / (double) base;
        return new RateRow(period, tier, base, churned, churn, churn == null ? null : 1 - churn, lowConfidence);
    }
}
