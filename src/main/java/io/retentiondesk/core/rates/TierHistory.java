package io.retentiondesk.core.rates;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;

import java.time.YearMonth;

/** The tier a customer held at the start of a period (a snapshot per period; offline, the current tier). */
@FunctionalInterface
public interface TierHistory {
    Tier tierAt(CustomerKey customer, YearMonth period);
}
