package io.retentiondesk.report.output;

import com.google.gson.stream.JsonWriter;
import io.retentiondesk.core.calibration.CalibrationResult;
import io.retentiondesk.core.churn.RiskSignal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes calibration.json: the signal table and the hold-out figures of SPEC §12. Numbers other than counts and
 * points are rounded to 4 decimals; the same result gives the same bytes.
 */
public final class CalibrationJsonWriter {
    public void write(CalibrationResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonWriter json = new JsonWriter(w)) {
            json.setIndent(" ");
            json.setSerializeNulls(true);
            json.beginObject();
            json.name("asOf").value(JsonReportWriter.instant(r.asOf()));
            json.name("firstMonth").value(r.firstMonth().toString());
            json.name("months").value(r.months());
            json.name("customerMonths").value(r.customerMonths());
            json.name("churners").value(r.churners());
            json.name("halfLifeDays").value(num(r.halfLifeDays()));
            json.name("defaultHalfLifeDays").value(num(r.defaultHalfLifeDays()));
            json.name("priorSdPoints").value(num(r.priorSdPoints()));
            json.name("recommendation").value(r.recommendation().name());
            json.name("halfLives").beginArray();
            for (CalibrationResult.HalfLifeFit h : r.halfLives()) {
                json.beginObject().name("halfLifeDays").value(num(h.halfLifeDays()))
                        .name("penalisedLogLik").value(num(h.penalisedLogLik())).endObject();
            }
            json.endArray();
            json.name("signals").beginArray();
            for (CalibrationResult.SignalFit s : r.signals()) {
                json.beginObject();
                json.name("signal").value(s.signal().name());
                json.name("defaultPoints").value(num(s.defaultPoints()));
                json.name("fittedPoints").value(s.fittedPoints());
                json.name("estimate").value(num(s.estimate()));
                json.name("lower").value(s.lower() == null ? null : num(s.lower()));
                json.name("upper").value(s.upper() == null ? null : num(s.upper()));
                json.name("occurrences").value(s.occurrences());
                json.name("churners").value(s.churners());
                json.endObject();
            }
            json.endArray();
            CalibrationResult.HoldOut h = r.holdOut();
            json.name("holdOut").beginObject();
            json.name("from").value(JsonReportWriter.instant(h.from()));
            json.name("to").value(JsonReportWriter.instant(h.to()));
            json.name("halfLifeDays").value(num(h.halfLifeDays()));
            json.name("fittedPoints").beginObject();
            for (Map.Entry<RiskSignal, Integer> e : h.fittedPoints().entrySet()) {
                json.name(e.getKey().name()).value(e.getValue());
            }
            json.endObject();
            json.name("customers").value(h.customers());
            json.name("churners").value(h.churners());
            json.name("aucDefault").value(num(h.aucDefault()));
            json.name("aucFitted").value(num(h.aucFitted()));
            json.name("bandsDefault");
            bands(json, h.defaultBands());
            json.name("bandsFitted");
            bands(json, h.fittedBands());
            json.name("deciles").beginArray();
            for (CalibrationResult.Decile d : h.deciles()) {
                json.beginObject().name("decile").value(d.decile()).name("customers").value(d.customers())
                        .name("churners").value(d.churners()).name("minScore").value(d.minScore())
                        .name("maxScore").value(d.maxScore()).name("predicted").value(num(d.predicted()))
                        .name("observed").value(num(d.observed())).endObject();
            }
            json.endArray();
            json.endObject();
            json.endObject();
        }
    }

    private static void bands(JsonWriter json, List<CalibrationResult.BandRate> bands) throws IOException {
        json.beginArray();
        for (CalibrationResult.BandRate b : bands) {
            json.beginObject().name("band").value(b.band().name()).name("customers").value(b.customers())
                    .name("churners").value(b.churners())
                    .name("churnRate").value(b.rate() == null ? null : num(b.rate())).endObject();
        }
        json.endArray();
    }

    /** At most 4 decimals; NaN (an undefined AUC) as null. */
    static BigDecimal num(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
