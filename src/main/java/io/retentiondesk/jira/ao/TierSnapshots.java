package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.util.Objects;

/** The tier each customer held at the start of each month (SPEC §6), written once per customer and month. */
@Named
public class TierSnapshots {
    private final ActiveObjects ao;

    @Inject
    public TierSnapshots(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /** @return whether a row was written (false: the month already has this customer's tier) */
    public boolean recordIfAbsent(String period, CustomerKey customer, Tier tier) {
        return ao.executeInTransaction(() -> {
            if (ao.count(RateSnapshotEntity.class, "PERIOD = ? AND CUSTOMER_KEY = ?", period, customer.id()) > 0) {
                return false;
            }
            ao.create(RateSnapshotEntity.class, new DBParam("PERIOD", period), new DBParam("CUSTOMER_KEY", customer.id()),
                    new DBParam("TIER", tier.name()));
            return true;
        });
    }

    /**
     * The tiers as snapshotted; a month without a snapshot of the customer falls back to {@code current} (as the
     * offline report does), so a new installation shows rates before its first month ends.
     */
    public io.retentiondesk.core.rates.TierHistory history(java.util.function.Function<CustomerKey, Tier> current) {
        java.util.Map<String, Tier> byPeriodAndCustomer = ao.executeInTransaction(() -> {
            java.util.Map<String, Tier> m = new java.util.HashMap<>();
            for (RateSnapshotEntity e : ao.find(RateSnapshotEntity.class, "ID > ?", 0)) {
                m.put(e.getPeriod() + "|" + e.getCustomerKey(), Tier.valueOf(e.getTier()));
            }
            return m;
        });
        return (customer, period) -> {
            Tier t = byPeriodAndCustomer.get(period + "|" + customer.id());
            return t != null ? t : current.apply(customer);
        };
    }

    public int count(String period) {
        return ao.executeInTransaction(() -> ao.count(RateSnapshotEntity.class, "PERIOD = ?", period));
    }
}
