package io.retentiondesk.core.tier;

import io.retentiondesk.core.ticket.CustomerKey;

import java.util.Map;

/**
 * The result of one tiering run.
 *
 * @param tiers         every customer given to the run with its tier
 * @param ranked        how many customers had a value above 0 and were ranked
 * @param lowConfidence true when too few customers were ranked for percentiles to mean much
 */
public record TierAssignment(Map<CustomerKey, Tier> tiers, int ranked, boolean lowConfidence) {
    public TierAssignment {
        tiers = Map.copyOf(tiers);
    }

    public Tier tierOf(CustomerKey customer) {
        return tiers.getOrDefault(customer, Tier.UNRATED);
    }
}
