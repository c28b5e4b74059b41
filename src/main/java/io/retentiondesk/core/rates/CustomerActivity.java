package io.retentiondesk.core.rates;

import io.retentiondesk.core.ticket.CustomerKey;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * What the rates need of one customer: the months (UTC) in which it created tickets and when it churned.
 */
public record CustomerActivity(CustomerKey customer, Set<YearMonth> activeMonths, Instant churnedAt) {
    public CustomerActivity {
        Objects.requireNonNull(customer, "customer");
        activeMonths = Set.copyOf(activeMonths);
    }
}
