package io.retentiondesk.core.calibration;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.churn.RiskSignal;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one JSON shape of a calibration: calibration.json, Jira's stored result and its REST answer. */
class CalibrationJsonTest {
    @Test
    void aResultReadBackIsTheSameResultToFourDecimalsWithItsPointsAndHalfLifeExact() {
        CalibrationResult r = CalibrationSamples.handMade();
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
        JsonObject json = CalibrationJson.toJson(CalibrationSamples.handMade());
        json.remove("holdOut");
        assertThatThrownBy(() -> CalibrationJson.fromJson(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a calibration result");
        JsonObject badSignal = CalibrationJson.toJson(CalibrationSamples.handMade());
        badSignal.getAsJsonArray("signals").get(0).getAsJsonObject().addProperty("signal", "NO_SUCH_SIGNAL");
        assertThatThrownBy(() -> CalibrationJson.fromJson(badSignal)).isInstanceOf(IllegalArgumentException.class);
    }
}
