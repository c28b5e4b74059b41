package io.retentiondesk.core.calibration;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskSignal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one JSON shape of a calibration: calibration.json, Jira's stored result and its REST answer. */
class CalibrationJsonTest {
    /** A small result by hand: one signal with evidence, the rest without; an undefined AUC; an empty band. */
    static CalibrationResult handMade() {
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

    @Test
    void aResultReadBackIsTheSameResultToFourDecimalsWithItsPointsAndHalfLifeExact() {
        CalibrationResult r = handMade();
        JsonObject json = CalibrationJson.toJson(r);
        CalibrationResult back = CalibrationJson.fromJson(JsonParser.parseString(json.toString()).getAsJsonObject());
        assertThat(CalibrationJson.toJson(back)).isEqualTo(json);
        assertThat(back.fittedPoints()).isEqualTo(r.fittedPoints());
        assertThat(back.halfLifeDays()).isEqualTo(60);
        assertThat(back.holdOut().fittedPoints()).isEqualTo(r.holdOut().fittedPoints());
        assertThat(back.holdOut().aucDefault()).as("undefined, written as null").isNaN();
        assertThat(json.getAsJsonObject("holdOut").get("aucDefault").isJsonNull()).isTrue();
        assertThat(back.signals().get(RiskSignal.LOW_RATING.ordinal()).lower()).isEqualTo(12.3457);
        assertThat(back.signals().get(RiskSignal.REOPENED.ordinal()).evidence()).isFalse();
        assertThat(back.holdOut().defaultBands().get(1).rate()).isNull();
        assertThat(back.recommendation()).isEqualTo(CalibrationResult.Recommendation.APPLY_FITTED);
        // the same result gives the same document, so the fitted policy is the same whichever node applies it
        assertThat(CalibratedPolicy.json(io.retentiondesk.core.policy.Policy.defaultJson(), back))
                .isEqualTo(CalibratedPolicy.json(io.retentiondesk.core.policy.Policy.defaultJson(), r));
    }

    @Test
    void aDocumentOfAnotherShapeIsRefusedNamingWhy() {
        JsonObject json = CalibrationJson.toJson(handMade());
        json.remove("holdOut");
        assertThatThrownBy(() -> CalibrationJson.fromJson(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a calibration result");
        JsonObject badSignal = CalibrationJson.toJson(handMade());
        badSignal.getAsJsonArray("signals").get(0).getAsJsonObject().addProperty("signal", "NO_SUCH_SIGNAL");
        assertThatThrownBy(() -> CalibrationJson.fromJson(badSignal)).isInstanceOf(IllegalArgumentException.class);
    }
}
