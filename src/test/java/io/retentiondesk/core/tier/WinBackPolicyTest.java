package io.retentiondesk.core.tier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WinBackPolicyTest {
    @Test
    void byTierAndUnworthyDropsWhateverTheTier() {
        assertThat(WinBackPolicy.of(Tier.KEY, false)).isEqualTo(WinBackPolicy.WIN_BACK_AT_ALL_COSTS);
        assertThat(WinBackPolicy.of(Tier.MAJOR, false)).isEqualTo(WinBackPolicy.WIN_BACK_AT_ALL_COSTS);
        assertThat(WinBackPolicy.of(Tier.ORDINARY, false)).isEqualTo(WinBackPolicy.CASE_BY_CASE);
        assertThat(WinBackPolicy.of(Tier.UNRATED, false)).isEqualTo(WinBackPolicy.CASE_BY_CASE);
        assertThat(WinBackPolicy.of(Tier.SMALL, false)).isEqualTo(WinBackPolicy.DO_NOT_PURSUE);
        assertThat(WinBackPolicy.of(Tier.KEY, true)).isEqualTo(WinBackPolicy.DROP);
    }
}
