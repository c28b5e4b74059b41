package io.retentiondesk.core.churn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC §6: bands start at their lower bound; 0 < medium < high < critical <= 100. */
class RiskBandsTest {
    @Test
    void eachBandStartsAtItsLowerBound() {
        RiskBands bands = new RiskBands(25, 50, 75);
        assertThat(bands.bandOf(24)).isEqualTo(RiskBand.LOW);
        assertThat(bands.bandOf(25)).isEqualTo(RiskBand.MEDIUM);
        assertThat(bands.bandOf(49)).isEqualTo(RiskBand.MEDIUM);
        assertThat(bands.bandOf(50)).isEqualTo(RiskBand.HIGH);
        assertThat(bands.bandOf(74)).isEqualTo(RiskBand.HIGH);
        assertThat(bands.bandOf(75)).isEqualTo(RiskBand.CRITICAL);
    }

    @ParameterizedTest
    @CsvSource({"1, 2, 100", "25, 50, 75"})
    void risingBoundsUpToOneHundredAreAccepted(int medium, int high, int critical) {
        assertThat(new RiskBands(medium, high, critical).critical()).isEqualTo(critical);
    }

    @ParameterizedTest
    @CsvSource({"0, 50, 75", "50, 50, 75", "25, 75, 75", "25, 50, 101"})
    void boundsThatDoNotRiseStrictlyOrPassOneHundredAreRefused(int medium, int high, int critical) {
        assertThatThrownBy(() -> new RiskBands(medium, high, critical))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must rise");
    }

    /** The risk queue's "at or above a band": ordered LOW < MEDIUM < HIGH < CRITICAL; CHURNED is off the scale. */
    @Test
    void aBandIsAtLeastItselfAndEveryLowerBandButChurnedIsOffTheScale() {
        assertThat(RiskBand.HIGH.atLeast(RiskBand.HIGH)).isTrue();
        assertThat(RiskBand.CRITICAL.atLeast(RiskBand.LOW)).isTrue();
        assertThat(RiskBand.MEDIUM.atLeast(RiskBand.HIGH)).isFalse();
        assertThat(RiskBand.CHURNED.atLeast(RiskBand.LOW)).isFalse();
        assertThat(RiskBand.CRITICAL.atLeast(RiskBand.CHURNED)).isFalse();
        assertThat(RiskBand.CHURNED.atLeast(RiskBand.CHURNED)).isFalse();
    }
}
