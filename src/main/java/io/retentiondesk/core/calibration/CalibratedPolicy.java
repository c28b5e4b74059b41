package io.retentiondesk.core.calibration;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyParser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The policy document with the fitted points (SPEC §12): the document calibrated from, every setting kept as it
 * was, with {@code risk.points} and {@code risk.halfLifeDays} replaced. {@code scoredBelowPerPoint} and
 * {@code surgeFurtherPoints} scale with their signal's points, so a deep {@code SCORED_BELOW} and a surge ticket
 * beyond the threshold keep the proportion the policy gave them (the calibration counted them that way).
 * Checked with {@link PolicyParser} before it is returned.
 *
 * <pre>{@code
 * String json = CalibratedPolicy.json(sourceJson, result);   // feed it to report --policy, or save it in Jira
 * }</pre>
 */
public final class CalibratedPolicy {
    private CalibratedPolicy() {
    }

    /**
     * @param sourceJson the policy document the calibration started from (a valid one)
     * @throws io.retentiondesk.core.policy.PolicyException if the source was not a valid policy
     */
    public static String json(String sourceJson, CalibrationResult result) {
        Policy source = PolicyParser.parse(sourceJson);
        JsonObject root = JsonParser.parseString(sourceJson).getAsJsonObject();
        JsonObject risk = root.getAsJsonObject("risk");
        Map<RiskSignal, Integer> fitted = result.fittedPoints();
        JsonObject points = new JsonObject();
        for (RiskSignal s : RiskSignal.values()) {
            points.addProperty(s.name(), fitted.get(s));
        }
        risk.add("points", points);
        risk.add("halfLifeDays", number(result.halfLifeDays()));
        double belowBase = source.risk().points(RiskSignal.SCORED_BELOW);
        if (belowBase != 0) {
            double perPoint = source.risk().scoredBelowPerPoint() * fitted.get(RiskSignal.SCORED_BELOW) / belowBase;
            risk.add("scoredBelowPerPoint", number(clamp(perPoint, 0, 10)));
        }
        double surgeBase = source.risk().points(RiskSignal.CONTACT_SURGE);
        if (surgeBase != 0) {
            double further = source.risk().surgeFurtherPoints() * fitted.get(RiskSignal.CONTACT_SURGE) / surgeBase;
            risk.add("surgeFurtherPoints", number(clamp(further, 0, 100)));
        }
        String out = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
        PolicyParser.parse(out);
        return out;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** A whole number as an integer, anything else with at most four decimals. */
    private static JsonPrimitive number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() <= 0) {
            return new JsonPrimitive(d.longValueExact());
        }
        return new JsonPrimitive(d);
    }
}
