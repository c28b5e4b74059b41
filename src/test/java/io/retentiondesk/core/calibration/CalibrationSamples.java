package io.retentiondesk.core.calibration;

import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskSignal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Calibrations for tests outside this package: one made by hand, and histories whose churn follows known points. */
public final class CalibrationSamples {
    /** Where {@link #simulated} histories end. */
    public static final Instant AS_OF = CalibratorTest.AS_OF;

    private CalibrationSamples() {
    }

    /** A small result by hand: one signal with evidence, the rest without; an undefined AUC; an empty band. */
    public static CalibrationResult handMade() {
        List<CalibrationResult.SignalFit> signals = new ArrayList<>();
        Map<RiskSignal, Integer> held = new EnumMap<>(RiskSignal.class);
        for (RiskSignal s : RiskSignal.values()) {
            boolean evidence = s == RiskSignal.LOW_RATING;
            signals.add(new CalibrationResult.SignalFit(s, 15, evidence ? 31 : 15, evidence ? 30.56789 : 15,
                    evidence ? 12.3456789 : null, evidence ? 48.7 : null, evidence ? 120 : 0, evidence ? 9 : 0));
            held.put(s, evidence ? 28 : 15);
        }
        List<CalibrationResult.BandRate> bands = List.of(new CalibrationResult.BandRate(RiskBand.LOW, 90, 2, 2 / 90.0),
                new CalibrationResult.BandRate(RiskBand.MEDIUM, 0, 0, null));
        CalibrationResult.HoldOut holdOut = new CalibrationResult.HoldOut(Instant.parse("2026-04-02T00:00:00Z"),
                Instant.parse("2026-07-01T00:00:00Z"), 45, held, 90, 2, Double.NaN, 0.71234, bands, bands,
                List.of(new CalibrationResult.Decile(1, 9, 0, 0, 3, 0.01, 0)));
        return new CalibrationResult(Instant.parse("2026-07-01T00:00:00Z"), YearMonth.of(2024, 7), 24, 5000, 40, 60,
                45, 20, List.of(new CalibrationResult.HalfLifeFit(30, -123.45678)), signals, holdOut,
                CalibrationResult.Recommendation.APPLY_FITTED);
    }

    /** {@link CalibratorTest#simulate}: customer-months drawn from a known hazard, ending at {@link #AS_OF}. */
    public static List<CustomerHistory> simulated(int customers, double h0, long seed) {
        return CalibratorTest.simulate(customers, h0, seed);
    }
}
