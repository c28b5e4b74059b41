package io.retentiondesk.core.rates;

import io.retentiondesk.core.tier.Tier;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Period churn and retention rates per tier (SPEC §6, §11): churn = churned / base, retention = 1 − churn.
 * Periods are the calendar months (UTC) from the first month starting at or after the earliest ticket to the
 * last month that ended by asOf. Stateless and thread-safe.
 */
public final class ChurnRateCalculator {
    public static final String ALL = "ALL";

    private final RatesPolicy policy;

    public ChurnRateCalculator(RatesPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public List<RateRow> rates(Collection<CustomerActivity> customers, TierHistory tiers, Instant earliestTicket,
                               Instant asOf) {
        List<RateRow> rows = new ArrayList<>();
        if (earliestTicket == null) {
            return rows;
        }
        YearMonth first = YearMonth.from(earliestTicket.atOffset(ZoneOffset.UTC));
        if (!start(first).equals(earliestTicket)) {
            first = first.plusMonths(1);
        }
        for (YearMonth period = first; !start(period.plusMonths(1)).isAfter(asOf); period = period.plusMonths(1)) {
            rows.addAll(period(customers, tiers, period));
        }
        return rows;
    }

    /** One row per tier and one for ALL, for the period {@code [t0, t1)}. */
    public List<RateRow> period(Collection<CustomerActivity> customers, TierHistory tiers, YearMonth period) {
        Instant t0 = start(period);
        Instant t1 = start(period.plusMonths(1));
        Map<Tier, int[]> counts = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            counts.put(t, new int[2]);
        }
        for (CustomerActivity c : customers) {
            if (c.churnedAt() != null && c.churnedAt().isBefore(t0) || !activeBefore(c, period)) {
                continue;
            }
            int[] tierCounts = counts.get(tiers.tierAt(c.customer(), period));
            tierCounts[0]++;
            if (c.churnedAt() != null && c.churnedAt().isBefore(t1)) {
                tierCounts[1]++;
            }
        }
        List<RateRow> rows = new ArrayList<>();
        int allBase = 0;
        int allChurned = 0;
        for (Tier t : Tier.values()) {
            int[] n = counts.get(t);
            rows.add(row(period, t.name(), n[0], n[1]));
            allBase += n[0];
            allChurned += n[1];
        }
        rows.add(row(period, ALL, allBase, allChurned));
        return rows;
    }

    private boolean activeBefore(CustomerActivity c, YearMonth period) {
        for (int k = 1; k <= policy.historyMonths(); k++) {
            if (c.activeMonths().contains(period.minusMonths(k))) {
                return true;
            }
        }
        return false;
    }

    private RateRow row(YearMonth period, String tier, int base, int churned) {
        return RateRow.of(period, tier, base, churned, base < policy.lowConfidenceBelow());
    }

    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
