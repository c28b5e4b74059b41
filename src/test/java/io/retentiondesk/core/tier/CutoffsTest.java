package io.retentiondesk.core.tier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC §3: cut-offs are exclusive upper bounds, rising as 0 < key < major < ordinary <= 1. */
class CutoffsTest {
    @Test
    void aPositionOnACutOffBelongsToTheTierBelowIt() {
        Cutoffs c = new Cutoffs(0.05, 0.2, 0.5);
        assertThat(c.tierAt(0.0)).isEqualTo(Tier.KEY);
        assertThat(c.tierAt(0.0499)).isEqualTo(Tier.KEY);
        assertThat(c.tierAt(0.05)).isEqualTo(Tier.MAJOR);
        assertThat(c.tierAt(0.2)).isEqualTo(Tier.ORDINARY);
        assertThat(c.tierAt(0.4999)).isEqualTo(Tier.ORDINARY);
        assertThat(c.tierAt(0.5)).isEqualTo(Tier.SMALL);
    }

    @Test
    void ordinaryMayReachOne() {
        assertThat(new Cutoffs(0.05, 0.2, 1.0).tierAt(0.99)).isEqualTo(Tier.ORDINARY);
    }

    @ParameterizedTest
    @CsvSource({"0.0, 0.2, 0.5", "0.2, 0.2, 0.5", "0.05, 0.5, 0.5", "0.05, 0.2, 1.01"})
    void cutOffsThatDoNotRiseStrictlyOrPassOneAreRefused(double key, double major, double ordinary) {
        assertThatThrownBy(() -> new Cutoffs(key, major, ordinary)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cut-offs must rise");
    }
}
