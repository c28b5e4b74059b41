package io.retentiondesk.core.calibration;

import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskSignal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures every page shows of a calibration: numbers as text, words as keys. */
class CalibrationFiguresTest {
    @Test
    void eachSignalShowsItsPointsBeforeAndAfterWithItsIntervalOrThatItWasKept() {
        CalibrationFigures f = CalibrationFigures.of(CalibrationSamples.handMade());
        assertThat(f.signals()).hasSize(RiskSignal.values().length);
        CalibrationFigures.SignalRow low = f.signals().get(RiskSignal.LOW_RATING.ordinal());
        assertThat(low.nameKey()).isEqualTo("retention.calibration.signal.LOW_RATING");
        assertThat(low.defaultPoints()).isEqualTo("15");
        assertThat(low.fittedPoints()).isEqualTo(31);
        assertThat(low.change()).isEqualTo(CalibrationFigures.Change.UP);
        assertThat(low.interval()).isEqualTo("12 … 49");
        assertThat(low.occurrences()).isEqualTo(120);
        assertThat(low.churners()).isEqualTo(9);
        CalibrationFigures.SignalRow kept = f.signals().get(RiskSignal.REOPENED.ordinal());
        assertThat(kept.interval()).as("no evidence").isNull();
        assertThat(kept.change()).isEqualTo(CalibrationFigures.Change.SAME);
    }

    @Test
    void theHoldOutShowsBothAucsTheBandsAndTheRecommendation() {
        CalibrationFigures f = CalibrationFigures.of(CalibrationSamples.handMade());
        assertThat(f.apply()).isTrue();
        assertThat(f.recommendationKey()).isEqualTo("retention.calibration.apply");
        assertThat(f.aucDefault()).as("undefined").isEqualTo("—");
        assertThat(f.aucFitted()).isEqualTo("0.712");
        assertThat(f.holdOutFrom()).isEqualTo("2026-04-02T00:00:00Z");
        assertThat(f.holdOutCustomers()).isEqualTo(90);
        assertThat(f.halfLife()).isEqualTo("60");
        assertThat(f.defaultHalfLife()).isEqualTo("45");
        assertThat(f.bands()).extracting(CalibrationFigures.BandRow::band).containsExactly(RiskBand.LOW, RiskBand.MEDIUM);
        assertThat(f.bands().get(0).withDefault()).isEqualTo(new CalibrationFigures.BandCell("2.2 %", 2, 90));
        assertThat(f.bands().get(1).withFitted().rate()).as("an empty band").isNull();
        assertThat(f.deciles()).singleElement().isEqualTo(new CalibrationFigures.DecileRow(1, "0–3", 9, 0, "1.0 %", "0.0 %"));
    }
}
