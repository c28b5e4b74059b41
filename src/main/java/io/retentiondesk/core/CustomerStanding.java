package io.retentiondesk.core;

import io.retentiondesk.core.churn.RiskAssessment;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.WinBackPolicy;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's standing as of a time: tier, quadrant, risk and what to do if it leaves.
 *
 * @param customer        the customer
 * @param tier            value tier
 * @param quadrant        value × potential quadrant, {@code null} without a potential
 * @param risk            churn risk (CHURNED when churned)
 * @param winBackPolicy   what to do if it leaves
 * @param winBackPriority queue sort key; {@code null} when left out of win-back queues
 * @param churnedAt       when it churned, {@code null} when it has not
 * @param unworthy        fraud, malicious arrears or abuse: scored but never pursued
 */
public record CustomerStanding(CustomerKey customer, Tier tier, Quadrant quadrant, RiskAssessment risk,
                               WinBackPolicy winBackPolicy, Integer winBackPriority, Instant churnedAt,
                               boolean unworthy) {
    public CustomerStanding {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(winBackPolicy, "winBackPolicy");
    }
}
