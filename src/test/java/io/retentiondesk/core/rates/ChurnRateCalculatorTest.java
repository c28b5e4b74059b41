package io.retentiondesk.core.rates;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChurnRateCalculatorTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private final ChurnRateCalculator calc = new ChurnRateCalculator(Policy.defaults().rates());

    @Test
    void researchNotesWorkedExample() {
        // base at 1 March = 200 (Key 10, Major 30, Ordinary 60, Small 100); churned in March 0 / 1 / 3 / 6
        List<CustomerActivity> customers = new ArrayList<>();
        Map<CustomerKey, Tier> tiers = new HashMap<>();
        add(customers, tiers, Tier.KEY, 10, 0);
        add(customers, tiers, Tier.MAJOR, 30, 1);
        add(customers, tiers, Tier.ORDINARY, 60, 3);
        add(customers, tiers, Tier.SMALL, 100, 6);
        Map<String, RateRow> rows = new HashMap<>();
        calc.period(customers, (c, p) -> tiers.get(c), MARCH).forEach(r -> rows.put(r.tier(), r));
        assertThat(rows.get("KEY").churnRate()).isEqualTo(0.0);
        assertThat(rows.get("MAJOR").churnRate()).isCloseTo(1 / 30.0, within(1e-12));
        assertThat(rows.get("ORDINARY").churnRate()).isCloseTo(0.05, within(1e-12));
        assertThat(rows.get("SMALL").churnRate()).isCloseTo(0.06, within(1e-12));
        assertThat(rows.get("ALL").base()).isEqualTo(200);
        assertThat(rows.get("ALL").churnRate()).isCloseTo(0.05, within(1e-12));
        assertThat(rows.get("ALL").retentionRate()).isCloseTo(0.95, within(1e-12));
        assertThat(rows.get("KEY").lowConfidence()).isTrue(); // base 10 < 30
        assertThat(rows.get("SMALL").lowConfidence()).isFalse();
        assertThat(rows.get("UNRATED").base()).isZero();
        assertThat(rows.get("UNRATED").churnRate()).isNull();
        assertThat(rows.get("UNRATED").retentionRate()).isNull();
    }

    private static void add(List<CustomerActivity> out, Map<CustomerKey, Tier> tiers, Tier tier, int n, int churned) {
        for (int i = 0; i < n; i++) {
            CustomerKey k = CustomerKey.of(tier + "-" + i);
            Instant churnedAt = i < churned ? Instant.parse("2026-03-15T00:00:00Z") : null;
            out.add(new CustomerActivity(k, Set.of(YearMonth.of(2025, 6)), churnedAt));
            tiers.put(k, tier);
        }
    }

    @Test
    void baseNeedsATicketInTheTwelveMonthsBeforeAndNoEarlierChurn() {
        CustomerKey a = CustomerKey.of("a");
        List<CustomerActivity> c = List.of(
                new CustomerActivity(a, Set.of(YearMonth.of(2025, 3)), null),                    // 12 months before: in
                new CustomerActivity(CustomerKey.of("b"), Set.of(YearMonth.of(2025, 2)), null),  // 13 months: out
                new CustomerActivity(CustomerKey.of("c"), Set.of(MARCH), null),                   // first active in March: out
                new CustomerActivity(CustomerKey.of("d"), Set.of(YearMonth.of(2026, 1)),
                        Instant.parse("2026-02-28T23:59:59Z")),                                   // churned before t0: out
                new CustomerActivity(CustomerKey.of("e"), Set.of(YearMonth.of(2026, 1)),
                        Instant.parse("2026-03-01T00:00:00Z")),                                   // churned at t0: in, churned
                new CustomerActivity(CustomerKey.of("f"), Set.of(YearMonth.of(2026, 1)),
                        Instant.parse("2026-04-01T00:00:00Z")));                                  // churned at t1: in, not churned
        RateRow all = calc.period(c, (k, p) -> Tier.UNRATED, MARCH).get(5);
        assertThat(all.tier()).isEqualTo("ALL");
        assertThat(all.base()).isEqualTo(3);
        assertThat(all.churned()).isEqualTo(1);
    }

    @Test
    void periodsRunFromTheFirstFullMonthToTheLastEndedMonth() {
        List<CustomerActivity> c = List.of(new CustomerActivity(CustomerKey.of("a"), Set.of(YearMonth.of(2026, 1)), null));
        List<RateRow> rows = calc.rates(c, (k, p) -> Tier.KEY, Instant.parse("2026-01-15T10:00:00Z"),
                Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(rows).extracting(RateRow::period).containsOnly(YearMonth.of(2026, 2), YearMonth.of(2026, 3),
                YearMonth.of(2026, 4));
        assertThat(rows).hasSize(3 * 6); // five tiers and ALL per period
        List<RateRow> fromStart = calc.rates(c, (k, p) -> Tier.KEY, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(fromStart).extracting(RateRow::period).containsOnly(YearMonth.of(2026, 1));
        assertThat(calc.rates(c, (k, p) -> Tier.KEY, null, Instant.now())).isEmpty();
    }
}
