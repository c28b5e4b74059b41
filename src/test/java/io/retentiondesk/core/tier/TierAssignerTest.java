package io.retentiondesk.core.tier;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TierAssignerTest {
    private static final long[] EXAMPLE = {500, 200, 120, 80, 40, 30, 15, 10, 4, 1}; // research notes §1.3, in k

    static CustomerValue v(String key, Long value) {
        return new CustomerValue(CustomerKey.of(key), value == null ? null : BigDecimal.valueOf(value), null);
    }

    private static List<CustomerValue> example() {
        List<CustomerValue> out = new ArrayList<>();
        for (long value : EXAMPLE) {
            out.add(v("c" + value, value));
        }
        return out;
    }

    private static TierAssigner assigner(TierMethod method) {
        TieringPolicy p = Policy.defaults().tiering();
        return new TierAssigner(new TieringPolicy(method, p.countShare(), p.valueShare(), p.lowConfidenceBelow(),
                p.highPotentialAt()));
    }

    private static List<Tier> tiers(TierAssignment a) {
        List<Tier> out = new ArrayList<>();
        for (long value : EXAMPLE) {
            out.add(a.tierOf(CustomerKey.of("c" + value)));
        }
        return out;
    }

    @Test
    void countShareWorkedExample() {
        // p = 0, .1, …, .9 → Key {500}; Major {200}; Ordinary {120, 80, 40}; Small {30, 15, 10, 4, 1}
        TierAssignment a = assigner(TierMethod.COUNT_SHARE).assign(example());
        assertThat(tiers(a)).containsExactly(Tier.KEY, Tier.MAJOR, Tier.ORDINARY, Tier.ORDINARY, Tier.ORDINARY,
                Tier.SMALL, Tier.SMALL, Tier.SMALL, Tier.SMALL, Tier.SMALL);
        assertThat(a.ranked()).isEqualTo(10);
        assertThat(a.lowConfidence()).isFalse();
    }

    @Test
    void valueShareWorkedExample() {
        // c_before = 0, 50, 70, 82, 90, 94, 97, 98.5, 99.5, 99.9 % → Key {500}; Major {200, 120};
        // Ordinary {80, 40, 30}; Small {15, 10, 4, 1}
        TierAssignment a = assigner(TierMethod.VALUE_SHARE).assign(example());
        assertThat(tiers(a)).containsExactly(Tier.KEY, Tier.MAJOR, Tier.MAJOR, Tier.ORDINARY, Tier.ORDINARY,
                Tier.ORDINARY, Tier.SMALL, Tier.SMALL, Tier.SMALL, Tier.SMALL);
    }

    @Test
    void tiesShareTheBestRank() {
        // 20 customers: values 100 ×3 then 1..17. COUNT_SHARE: the tie takes rank 1 → all KEY (p = 0)
        List<CustomerValue> values = new ArrayList<>(List.of(v("a", 100L), v("b", 100L), v("c", 100L)));
        for (long i = 1; i <= 17; i++) {
            values.add(v("x" + i, i));
        }
        TierAssignment count = assigner(TierMethod.COUNT_SHARE).assign(values);
        assertThat(count.tierOf(CustomerKey.of("a"))).isEqualTo(Tier.KEY);
        assertThat(count.tierOf(CustomerKey.of("c"))).isEqualTo(Tier.KEY);
        // x17 has rank 4 → p = 3/20 = 0.15 → MAJOR
        assertThat(count.tierOf(CustomerKey.of("x17"))).isEqualTo(Tier.MAJOR);
        // VALUE_SHARE: the tie uses c_before of its first member (0) → all KEY
        TierAssignment value = assigner(TierMethod.VALUE_SHARE).assign(values);
        assertThat(value.tierOf(CustomerKey.of("b"))).isEqualTo(Tier.KEY);
        assertThat(value.tierOf(CustomerKey.of("c"))).isEqualTo(Tier.KEY);
    }

    @Test
    void unknownValueIsUnratedAndZeroIsSmallWithoutARank() {
        List<CustomerValue> values = new ArrayList<>(example());
        values.add(v("unknown", null));
        values.add(v("zero", 0L));
        TierAssignment a = assigner(TierMethod.COUNT_SHARE).assign(values);
        assertThat(a.tierOf(CustomerKey.of("unknown"))).isEqualTo(Tier.UNRATED);
        assertThat(a.tierOf(CustomerKey.of("zero"))).isEqualTo(Tier.SMALL);
        assertThat(a.tierOf(CustomerKey.of("never seen"))).isEqualTo(Tier.UNRATED);
        assertThat(a.ranked()).isEqualTo(10); // n unchanged by the zero and the unknown
        assertThat(tiers(a)).startsWith(Tier.KEY, Tier.MAJOR, Tier.ORDINARY);
    }

    @Test
    void fewerThanTenRankedCustomersIsLowConfidence() {
        TierAssignment a = assigner(TierMethod.COUNT_SHARE).assign(example().subList(0, 9));
        assertThat(a.lowConfidence()).isTrue();
        assertThat(a.tierOf(CustomerKey.of("c500"))).isEqualTo(Tier.KEY); // the best customer is always Key
    }

    @Test
    void allZeroValuesAreSmall() {
        TierAssignment a = assigner(TierMethod.VALUE_SHARE).assign(List.of(v("a", 0L), v("b", 0L)));
        assertThat(a.tierOf(CustomerKey.of("a"))).isEqualTo(Tier.SMALL);
        assertThat(a.ranked()).isZero();
    }
}
