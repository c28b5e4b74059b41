package io.retentiondesk.core.tier;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TieringProperties {

    @Property
    void tiesAlwaysShareATierAndHigherValueNeverGetsALowerTier(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 50) Integer> raw,
            @ForAll TierMethod method) {
        TieringPolicy p = Policy.defaults().tiering();
        TierAssigner assigner = new TierAssigner(new TieringPolicy(method, p.countShare(), p.valueShare(),
                p.lowConfidenceBelow(), p.highPotentialAt()));
        List<CustomerValue> values = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            values.add(new CustomerValue(CustomerKey.of("c" + i), BigDecimal.valueOf(raw.get(i)), null));
        }
        TierAssignment a = assigner.assign(values);
        for (int i = 0; i < raw.size(); i++) {
            for (int j = 0; j < raw.size(); j++) {
                Tier ti = a.tierOf(CustomerKey.of("c" + i));
                Tier tj = a.tierOf(CustomerKey.of("c" + j));
                if (raw.get(i).equals(raw.get(j))) {
                    assertThat(ti).isEqualTo(tj);
                } else if (raw.get(i) > raw.get(j)) {
                    // enum order KEY < MAJOR < ORDINARY < SMALL: a higher value has an equal or better tier
                    assertThat(ti.ordinal()).isLessThanOrEqualTo(tj.ordinal());
                }
            }
        }
    }
}
