package io.retentiondesk.jira.service;

import io.retentiondesk.core.rates.ChurnRateCalculator;
import io.retentiondesk.core.rates.ChurnRule;
import io.retentiondesk.core.rates.CustomerActivity;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TicketLinks;
import io.retentiondesk.jira.ao.MonthlyRates;
import io.retentiondesk.jira.ao.TierSnapshots;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Churn and retention per tier and month (SPEC §6) from what Jira keeps: the months each customer had tickets,
 * when it churned, and the tier snapshotted at each month's start. A closed month whose rate snapshot has been
 * written shows that snapshot; any other month is worked out now.
 */
@Named
public class RatesReport {
    private final CustomerRegistry customers;
    private final TicketLinks links;
    private final TierSnapshots snapshots;
    private final PolicyStore policies;
    private final MonthlyRates monthly;
    private final Clock clock;

    @Inject
    public RatesReport(CustomerRegistry customers, TicketLinks links, TierSnapshots snapshots, PolicyStore policies,
                       MonthlyRates monthly) {
        this(customers, links, snapshots, policies, monthly, Clock.systemUTC());
    }

    RatesReport(CustomerRegistry customers, TicketLinks links, TierSnapshots snapshots, PolicyStore policies,
                MonthlyRates monthly, Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.links = Objects.requireNonNull(links);
        this.snapshots = Objects.requireNonNull(snapshots);
        this.policies = Objects.requireNonNull(policies);
        this.monthly = Objects.requireNonNull(monthly);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Rows per tier and ALL for each month from {@code first} to {@code last}, both included. */
    public List<RateRow> rows(YearMonth first, YearMonth last) {
        List<RateRow> rows = new ArrayList<>();
        Function<YearMonth, List<RateRow>> live = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            List<RateRow> stored = monthly.of(m);
            if (stored.isEmpty()) {
                live = live == null ? live() : live;
                rows.addAll(live.apply(m));
            } else {
                rows.addAll(stored);
            }
        }
        return rows;
    }

    /**
     * Inactivity churn, when the policy enables it (SPEC §6): Jira keeps the months a customer had tickets, so the
     * last activity is taken as the end of its last active month; the recorded date wins when earlier.
     */
    static CustomerActivity withInactivity(CustomerActivity a, ChurnRule rule, Instant now) {
        Instant lastActivity = a.activeMonths().stream().max(java.util.Comparator.naturalOrder())
                .map(m -> m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null);
        Instant churnedAt = rule.churnedAt(null, a.churnedAt(), lastActivity, now);
        return churnedAt == a.churnedAt() ? a : new CustomerActivity(a.customer(), a.activeMonths(), churnedAt);
    }

    /** Writes the rate snapshot of a closed month, once. @return whether it was written now */
    public boolean snapshot(YearMonth month) {
        return monthly.of(month).isEmpty() && monthly.recordIfAbsent(month, live().apply(month));
    }

    /** The months worked out from the registry as it is now (read once, for every month asked). */
    private Function<YearMonth, List<RateRow>> live() {
        ChurnRule rule = new ChurnRule(policies.current().rates());
        Instant now = clock.instant();
        List<CustomerActivity> activity = links.activity(customers.churnDates()).stream().map(a -> withInactivity(a, rule, now)).toList();
        ChurnRateCalculator calculator = new ChurnRateCalculator(policies.current().rates());
        var tiers = snapshots.history(customers::tierOf);
        return m -> calculator.period(activity, tiers, m);
    }
}
