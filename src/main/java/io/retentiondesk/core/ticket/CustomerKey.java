package io.retentiondesk.core.ticket;

import java.util.Locale;
import java.util.Objects;

/**
 * A customer's key. Keys match case-insensitively after trimming (SPEC §11): {@link #id()} is the matching
 * form, {@link #display()} the form first seen.
 */
public record CustomerKey(String id, String display) implements Comparable<CustomerKey> {
    public CustomerKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(display, "display");
    }

    public static CustomerKey of(String raw) {
        String trimmed = Objects.requireNonNull(raw, "customer").trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("customer: expected a non-empty key");
        }
        return new CustomerKey(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerKey other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public int compareTo(CustomerKey o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return display;
    }
}
