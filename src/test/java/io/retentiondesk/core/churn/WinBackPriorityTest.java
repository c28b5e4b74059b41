package io.retentiondesk.core.churn;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.tier.Tier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WinBackPriorityTest {
    private final Map<Tier, Integer> weights = Policy.defaults().risk().winBackWeights();
    private final RiskAssessment sixty = new RiskAssessment(60, RiskBand.HIGH, List.of(), 45);

    @Test
    void scoreTimesTierWeight() {
        assertThat(WinBackPriority.of(sixty, Tier.KEY, false, weights)).isEqualTo(240);
        assertThat(WinBackPriority.of(sixty, Tier.MAJOR, false, weights)).isEqualTo(180);
        assertThat(WinBackPriority.of(sixty, Tier.ORDINARY, false, weights)).isEqualTo(120);
        assertThat(WinBackPriority.of(sixty, Tier.SMALL, false, weights)).isEqualTo(60);
        assertThat(WinBackPriority.of(sixty, Tier.UNRATED, false, weights)).isEqualTo(60);
    }

    @Test
    void churnedAndUnworthy() {
        assertThat(WinBackPriority.of(RiskAssessment.churned(), Tier.KEY, false, weights)).isEqualTo(400);
        assertThat(WinBackPriority.of(RiskAssessment.churned(), Tier.SMALL, false, weights)).isNull();
        assertThat(WinBackPriority.of(sixty, Tier.KEY, true, weights)).isNull();
    }
}
