package io.retentiondesk.report.input;

import io.retentiondesk.core.tier.CustomerValue;

import java.time.Instant;

/**
 * One row of the value file: {@code customer,annual_value,potential[,churned_at,churn_type,unworthy]}.
 *
 * @param value     the customer's value and potential
 * @param churnedAt recorded churn date, {@code null} when none
 * @param churnType the kind of churn (seed 002 §3.3), {@code null} when none
 * @param unworthy  fraud, malicious arrears or abuse
 */
public record ValueRow(CustomerValue value, Instant churnedAt, String churnType, boolean unworthy) {
}
