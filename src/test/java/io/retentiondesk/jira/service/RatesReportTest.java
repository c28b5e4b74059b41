package io.retentiondesk.jira.service;

import io.retentiondesk.core.rates.ChurnRateCalculator;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TierSnapshots;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rates from what Jira keeps, on the real AO ORM: the base, the churned, the tier held at the month's start. */
class RatesReportTest {
    @Test
    void theBaseIsCustomersActiveInTheYearBeforeAndTheTierIsTheOneSnapshottedThen() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll();
        CustomerRegistry customers = new CustomerRegistry(ao);
        io.retentiondesk.jira.ao.TicketLinks links = new io.retentiondesk.jira.ao.TicketLinks(ao);
        TierSnapshots snapshots = new TierSnapshots(ao);
        RatesReport report = new RatesReport(customers, links, snapshots, io.retentiondesk.testing.Policies.store(),
                new io.retentiondesk.jira.ao.MonthlyRates(ao));
        // four KEY customers active in May; one churns in June; one is MAJOR by June's snapshot although KEY now
        for (int i = 1; i <= 4; i++) {
            links.linkTickets(CustomerKey.of("K" + i), Map.of((long) i, YearMonth.of(2026, 5)));
            customers.saveTier(CustomerKey.of("K" + i), Tier.KEY);
        }
        customers.markChurned(CustomerKey.of("K1"), Instant.parse("2026-06-15T00:00:00Z"), "OTHER");
        snapshots.recordIfAbsent("2026-06", CustomerKey.of("K4"), Tier.MAJOR);
        links.linkTickets(CustomerKey.of("Late"), Map.of(9L, YearMonth.of(2026, 6))); // not in June's base

        List<RateRow> june = report.rows(YearMonth.of(2026, 6), YearMonth.of(2026, 6));
        RateRow key = june.stream().filter(r -> r.tier().equals("KEY")).findFirst().orElseThrow();
        assertThat(key.base()).isEqualTo(3);
        assertThat(key.churned()).isEqualTo(1);
        assertThat(key.churnRate()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(key.lowConfidence()).isTrue();
        RateRow major = june.stream().filter(r -> r.tier().equals("MAJOR")).findFirst().orElseThrow();
        assertThat(major.base()).isEqualTo(1);
        RateRow all = june.stream().filter(r -> r.tier().equals(ChurnRateCalculator.ALL)).findFirst().orElseThrow();
        assertThat(all.base()).isEqualTo(4);
        assertThat(all.churned()).isEqualTo(1);
        List<RateRow> julyToAugust = report.rows(YearMonth.of(2026, 7), YearMonth.of(2026, 8));
        assertThat(julyToAugust).extracting(RateRow::period).contains(YearMonth.of(2026, 7), YearMonth.of(2026, 8));
    }

    /** A closed month's snapshot is written once and then shown as written, whatever changes in the registry after. */
    @Test
    void aClosedMonthKeepsItsSnapshotWhileOpenMonthsAreWorkedOutNow() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll();
        CustomerRegistry customers = new CustomerRegistry(ao);
        io.retentiondesk.jira.ao.TicketLinks links = new io.retentiondesk.jira.ao.TicketLinks(ao);
        io.retentiondesk.jira.ao.MonthlyRates monthly = new io.retentiondesk.jira.ao.MonthlyRates(ao);
        RatesReport report = new RatesReport(customers, links, new TierSnapshots(ao),
                io.retentiondesk.testing.Policies.store(), monthly);
        for (int i = 1; i <= 5; i++) {
            links.linkTickets(CustomerKey.of("C" + i), Map.of((long) i, YearMonth.of(2026, 5)));
            customers.saveTier(CustomerKey.of("C" + i), Tier.SMALL);
        }
        customers.markChurned(CustomerKey.of("C1"), Instant.parse("2026-06-10T00:00:00Z"), "OTHER");
        List<RateRow> live = report.rows(YearMonth.of(2026, 6), YearMonth.of(2026, 6));

        assertThat(report.snapshot(YearMonth.of(2026, 6))).isTrue();
        assertThat(report.snapshot(YearMonth.of(2026, 6))).as("written once").isFalse();
        assertThat(monthly.of(YearMonth.of(2026, 6))).isEqualTo(live);

        // a churn marked later, dated in June and in July: June stays as written, July (no snapshot) moves
        customers.markChurned(CustomerKey.of("C2"), Instant.parse("2026-06-20T00:00:00Z"), "OTHER");
        customers.markChurned(CustomerKey.of("C3"), Instant.parse("2026-07-20T00:00:00Z"), "OTHER");
        List<RateRow> both = report.rows(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        assertThat(both.stream().filter(r -> r.period().equals(YearMonth.of(2026, 6))).toList()).isEqualTo(live);
        RateRow julyAll = both.stream().filter(r -> r.period().equals(YearMonth.of(2026, 7))
                && r.tier().equals(ChurnRateCalculator.ALL)).findFirst().orElseThrow();
        assertThat(julyAll.churned()).isEqualTo(1);
        assertThat(julyAll.base()).isEqualTo(3); // C1 and C2 churned before July
    }

    /** SPEC §6: inactivity churn (off by default) dates churn at the last activity plus the policy's days. */
    @Test
    void inactivityChurnIsDatedFromTheEndOfTheLastActiveMonthWhenThePolicyEnablesIt() {
        io.retentiondesk.core.rates.ChurnRule off = new io.retentiondesk.core.rates.ChurnRule(
                new io.retentiondesk.core.rates.RatesPolicy(List.of("Churned"), null, 12, 30));
        io.retentiondesk.core.rates.ChurnRule ninety = new io.retentiondesk.core.rates.ChurnRule(
                new io.retentiondesk.core.rates.RatesPolicy(List.of("Churned"), 90, 12, 30));
        io.retentiondesk.core.rates.CustomerActivity quiet = new io.retentiondesk.core.rates.CustomerActivity(
                CustomerKey.of("Quiet"), java.util.Set.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5)), null);
        Instant september = Instant.parse("2026-09-15T00:00:00Z");

        assertThat(RatesReport.withInactivity(quiet, off, september).churnedAt()).isNull();
        assertThat(RatesReport.withInactivity(quiet, ninety, september).churnedAt())
                .isEqualTo(Instant.parse("2026-06-01T00:00:00Z").plus(java.time.Duration.ofDays(90)));
        assertThat(RatesReport.withInactivity(quiet, ninety, Instant.parse("2026-07-01T00:00:00Z")).churnedAt())
                .as("not churned yet").isNull();
        Instant recorded = Instant.parse("2026-06-10T00:00:00Z");
        io.retentiondesk.core.rates.CustomerActivity marked = new io.retentiondesk.core.rates.CustomerActivity(
                CustomerKey.of("Marked"), java.util.Set.of(YearMonth.of(2026, 5)), recorded);
        assertThat(RatesReport.withInactivity(marked, ninety, september).churnedAt()).isEqualTo(recorded);
    }
}
