package io.retentiondesk.core.tier;

import io.retentiondesk.core.ticket.CustomerKey;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the business knows of a customer's worth.
 *
 * @param customer    the customer
 * @param annualValue annual value, at least 0; {@code null} when unknown (the customer is then UNRATED)
 * @param potential   growth potential 0–100; {@code null} when not assessed (no quadrant)
 */
public record CustomerValue(CustomerKey customer, BigDecimal annualValue, Integer potential) {
    public CustomerValue {
        Objects.requireNonNull(customer, "customer");
        if (annualValue != null && annualValue.signum() < 0) {
            throw new IllegalArgumentException("annual_value: expected a value of 0 or more, got " + annualValue);
        }
        if (potential != null && (potential < 0 || potential > 100)) {
            throw new IllegalArgumentException("potential: expected 0 to 100, got " + potential);
        }
    }
}
