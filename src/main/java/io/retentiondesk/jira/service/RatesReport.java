package io.retentiondesk.jira.service;

import io.retentiondesk.core.rates.ChurnRateCalculator;
import io.retentiondesk.core.rates.CustomerActivity;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TierSnapshots;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Churn and retention per tier and month (SPEC §6) from what Jira keeps: the months each customer had tickets,
 * when it churned, and the tier snapshotted at each month's start.
 */
@Named
public class RatesReport {
    private final CustomerRegistry customers;
    private final TierSnapshots snapshots;
    private final PolicyStore policies;

    @Inject
    public RatesReport(CustomerRegistry customers, TierSnapshots snapshots, PolicyStore policies) {
        this.customers = Objects.requireNonNull(customers);
        this.snapshots = Objects.requireNonNull(snapshots);
        this.policies = Objects.requireNonNull(policies);
    }

    /** Rows per tier and ALL for each month from {@code first} to {@code last}, both included. */
    public List<RateRow> rows(YearMonth first, YearMonth last) {
        List<CustomerActivity> activity = customers.activity();
        ChurnRateCalculator calculator = new ChurnRateCalculator(policies.current().rates());
        var tiers = snapshots.history(customers::tierOf);
        List<RateRow> rows = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            rows.addAll(calculator.period(activity, tiers, m));
        }
        return rows;
    }
}
