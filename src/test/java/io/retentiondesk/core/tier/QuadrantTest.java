package io.retentiondesk.core.tier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuadrantTest {
    @Test
    void valueTimesPotentialMatrix() {
        assertThat(Quadrant.of(Tier.SMALL, 59, 60)).contains(Quadrant.I);
        assertThat(Quadrant.of(Tier.ORDINARY, 60, 60)).contains(Quadrant.II); // 60 is high
        assertThat(Quadrant.of(Tier.MAJOR, 10, 60)).contains(Quadrant.III);
        assertThat(Quadrant.of(Tier.KEY, 100, 60)).contains(Quadrant.IV);
    }

    @Test
    void noPotentialOrUnratedHasNoQuadrant() {
        assertThat(Quadrant.of(Tier.KEY, null, 60)).isEmpty();
        assertThat(Quadrant.of(Tier.UNRATED, 90, 60)).isEmpty();
        assertThat(Quadrant.IV.strategyKey()).isEqualTo("retention.quadrant.IV.strategy");
    }
}
