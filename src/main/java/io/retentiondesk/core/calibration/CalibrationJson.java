package io.retentiondesk.core.calibration;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskSignal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CalibrationResult} as JSON (SPEC §12: the signal table and the hold-out figures), the one shape of the
 * offline {@code calibration.json}, of the result Jira keeps until an administrator applies or discards it, and of
 * its REST answer. Numbers other than counts and points have at most 4 decimals, times are UTC seconds, an undefined
 * AUC is {@code null}; explicit names (never reflection), so a stored result reads the same after a refactoring.
 *
 * <pre>{@code
 * JsonObject json = CalibrationJson.toJson(result);
 * CalibrationResult again = CalibrationJson.fromJson(json);   // equal to result up to the 4 decimals
 * }</pre>
 */
public final class CalibrationJson {
    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private CalibrationJson() {
    }

    public static JsonObject toJson(CalibrationResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("asOf", instant(r.asOf()));
        o.addProperty("firstMonth", r.firstMonth().toString());
        o.addProperty("months", r.months());
        o.addProperty("customerMonths", r.customerMonths());
        o.addProperty("churners", r.churners());
        o.add("halfLifeDays", num(r.halfLifeDays()));
        o.add("defaultHalfLifeDays", num(r.defaultHalfLifeDays()));
        o.add("priorSdPoints", num(r.priorSdPoints()));
        o.addProperty("recommendation", r.recommendation().name());
        JsonArray halfLives = new JsonArray();
        for (CalibrationResult.HalfLifeFit h : r.halfLives()) {
            JsonObject ho = new JsonObject();
            ho.add("halfLifeDays", num(h.halfLifeDays()));
            ho.add("penalisedLogLik", num(h.penalisedLogLik()));
            halfLives.add(ho);
        }
        o.add("halfLives", halfLives);
        JsonArray signals = new JsonArray();
        for (CalibrationResult.SignalFit s : r.signals()) {
            JsonObject so = new JsonObject();
            so.addProperty("signal", s.signal().name());
            so.add("defaultPoints", num(s.defaultPoints()));
            so.addProperty("fittedPoints", s.fittedPoints());
            so.add("estimate", num(s.estimate()));
            so.add("lower", s.lower() == null ? JsonNull.INSTANCE : num(s.lower()));
            so.add("upper", s.upper() == null ? JsonNull.INSTANCE : num(s.upper()));
            so.addProperty("occurrences", s.occurrences());
            so.addProperty("churners", s.churners());
            signals.add(so);
        }
        o.add("signals", signals);
        CalibrationResult.HoldOut h = r.holdOut();
        JsonObject ho = new JsonObject();
        ho.addProperty("from", instant(h.from()));
        ho.addProperty("to", instant(h.to()));
        ho.add("halfLifeDays", num(h.halfLifeDays()));
        JsonObject points = new JsonObject();
        for (Map.Entry<RiskSignal, Integer> e : h.fittedPoints().entrySet()) {
            points.addProperty(e.getKey().name(), e.getValue());
        }
        ho.add("fittedPoints", points);
        ho.addProperty("customers", h.customers());
        ho.addProperty("churners", h.churners());
        ho.add("aucDefault", num(h.aucDefault()));
        ho.add("aucFitted", num(h.aucFitted()));
        ho.add("bandsDefault", bands(h.defaultBands()));
        ho.add("bandsFitted", bands(h.fittedBands()));
        JsonArray deciles = new JsonArray();
        for (CalibrationResult.Decile d : h.deciles()) {
            JsonObject dob = new JsonObject();
            dob.addProperty("decile", d.decile());
            dob.addProperty("customers", d.customers());
            dob.addProperty("churners", d.churners());
            dob.addProperty("minScore", d.minScore());
            dob.addProperty("maxScore", d.maxScore());
            dob.add("predicted", num(d.predicted()));
            dob.add("observed", num(d.observed()));
            deciles.add(dob);
        }
        ho.add("deciles", deciles);
        o.add("holdOut", ho);
        return o;
    }

    /**
     * @throws IllegalArgumentException naming the field when the document is not a calibration result of this shape
     */
    public static CalibrationResult fromJson(JsonObject o) {
        try {
            List<CalibrationResult.HalfLifeFit> halfLives = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("halfLives")) {
                JsonObject h = e.getAsJsonObject();
                halfLives.add(new CalibrationResult.HalfLifeFit(dbl(h, "halfLifeDays"), dbl(h, "penalisedLogLik")));
            }
            List<CalibrationResult.SignalFit> signals = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("signals")) {
                JsonObject s = e.getAsJsonObject();
                signals.add(new CalibrationResult.SignalFit(RiskSignal.valueOf(s.get("signal").getAsString()),
                        dbl(s, "defaultPoints"), s.get("fittedPoints").getAsInt(), dbl(s, "estimate"),
                        nullableDbl(s, "lower"), nullableDbl(s, "upper"), s.get("occurrences").getAsLong(),
                        s.get("churners").getAsLong()));
            }
            JsonObject h = o.getAsJsonObject("holdOut");
            Map<RiskSignal, Integer> points = new EnumMap<>(RiskSignal.class);
            for (Map.Entry<String, JsonElement> e : h.getAsJsonObject("fittedPoints").entrySet()) {
                points.put(RiskSignal.valueOf(e.getKey()), e.getValue().getAsInt());
            }
            List<CalibrationResult.Decile> deciles = new ArrayList<>();
            for (JsonElement e : h.getAsJsonArray("deciles")) {
                JsonObject d = e.getAsJsonObject();
                deciles.add(new CalibrationResult.Decile(d.get("decile").getAsInt(), d.get("customers").getAsInt(),
                        d.get("churners").getAsInt(), d.get("minScore").getAsInt(), d.get("maxScore").getAsInt(),
                        dbl(d, "predicted"), dbl(d, "observed")));
            }
            CalibrationResult.HoldOut holdOut = new CalibrationResult.HoldOut(Instant.parse(h.get("from").getAsString()),
                    Instant.parse(h.get("to").getAsString()), dbl(h, "halfLifeDays"), points,
                    h.get("customers").getAsInt(), h.get("churners").getAsInt(), dbl(h, "aucDefault"),
                    dbl(h, "aucFitted"), bands(h.getAsJsonArray("bandsDefault")), bands(h.getAsJsonArray("bandsFitted")),
                    deciles);
            return new CalibrationResult(Instant.parse(o.get("asOf").getAsString()),
                    YearMonth.parse(o.get("firstMonth").getAsString()), o.get("months").getAsInt(),
                    o.get("customerMonths").getAsInt(), o.get("churners").getAsInt(), dbl(o, "halfLifeDays"),
                    dbl(o, "defaultHalfLifeDays"), dbl(o, "priorSdPoints"), halfLives, signals, holdOut,
                    CalibrationResult.Recommendation.valueOf(o.get("recommendation").getAsString()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a calibration result: " + e.getClass().getSimpleName(), e);
        }
    }

    private static JsonArray bands(List<CalibrationResult.BandRate> bands) {
        JsonArray out = new JsonArray();
        for (CalibrationResult.BandRate b : bands) {
            JsonObject o = new JsonObject();
            o.addProperty("band", b.band().name());
            o.addProperty("customers", b.customers());
            o.addProperty("churners", b.churners());
            o.add("churnRate", b.rate() == null ? JsonNull.INSTANCE : num(b.rate()));
            out.add(o);
        }
        return out;
    }

    private static List<CalibrationResult.BandRate> bands(JsonArray array) {
        List<CalibrationResult.BandRate> out = new ArrayList<>();
        for (JsonElement e : array) {
            JsonObject b = e.getAsJsonObject();
            out.add(new CalibrationResult.BandRate(RiskBand.valueOf(b.get("band").getAsString()),
                    b.get("customers").getAsInt(), b.get("churners").getAsInt(), nullableDbl(b, "churnRate")));
        }
        return out;
    }

    /** A number written by {@link #num}: {@code null} stands for NaN (an undefined AUC). */
    private static double dbl(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null) {
            throw new IllegalArgumentException(name + ": missing");
        }
        return e.isJsonNull() ? Double.NaN : e.getAsDouble();
    }

    private static Double nullableDbl(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsDouble();
    }

    static String instant(Instant t) {
        return UTC_SECONDS.format(t);
    }

    /** At most 4 decimals; NaN (an undefined AUC) as null. */
    static JsonElement num(double v) {
        if (!Double.isFinite(v)) {
            return JsonNull.INSTANCE;
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return new JsonPrimitive(d.scale() < 0 ? d.setScale(0) : d);
    }
}
