package io.retentiondesk.report.output;

import com.google.gson.stream.JsonWriter;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.churn.RiskReason;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.core.satisfaction.DimensionGaps;
import io.retentiondesk.core.satisfaction.SatisfactionScore;
import io.retentiondesk.report.input.Skipped;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes report.json in exactly the SPEC §9 shape, streaming: tickets are written as they are evaluated, so
 * memory does not grow with the export. Call in order: {@link #ticket} for each ticket, then {@link #finish}.
 */
public final class JsonReportWriter implements Closeable {
    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final BufferedWriter out;
    private final JsonWriter json;

    public JsonReportWriter(Path file, Instant asOf) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), asOf);
    }

    private JsonReportWriter(BufferedWriter writer, Instant asOf) throws IOException {
        out = writer;
        json = new JsonWriter(out);
        json.setIndent(" ");
        json.setSerializeNulls(true);
        json.beginObject();
        json.name("asOf").value(instant(asOf));
        json.name("tickets").beginArray();
    }

    /** A writer that writes nothing, for a run that needs no report.json. */
    public static JsonReportWriter discarding(Instant asOf) throws IOException {
        return new JsonReportWriter(new BufferedWriter(java.io.Writer.nullWriter()), asOf);
    }

    public void ticket(TicketEvaluation e) throws IOException {
        json.beginObject();
        json.name("key").value(e.key());
        json.name("customer").value(e.customer().display());
        json.name("satisfaction");
        SatisfactionScore s = e.satisfaction();
        if (s == null) {
            json.nullValue();
        } else {
            json.beginObject();
            json.name("score").value(s.score());
            json.name("band").value(s.band().name());
            json.name("source").value(s.source().name());
            DimensionGaps d = s.dimensions();
            json.name("dimensions").beginObject()
                    .name("responsiveness").value(Math.round(d.responsiveness()))
                    .name("reliability").value(Math.round(d.reliability()))
                    .name("assurance").value(Math.round(d.assurance()))
                    .name("empathy").value(Math.round(d.empathy()))
                    .endObject();
            json.endObject();
        }
        json.name("callback");
        if (e.callback() == null) {
            json.nullValue();
        } else {
            json.beginObject();
            json.name("status").value(e.callback().status() == null ? null : e.callback().status().name());
            json.name("due").value(instant(e.callback().due()));
            json.endObject();
        }
        json.endObject();
    }

    public void finish(List<CustomerStanding> customers, List<RateRow> rates, List<Skipped> skipped) throws IOException {
        json.endArray();
        json.name("customers").beginArray();
        for (CustomerStanding c : customers) {
            json.beginObject();
            json.name("key").value(c.customer().display());
            json.name("tier").value(c.tier().name());
            json.name("quadrant").value(c.quadrant() == null ? null : c.quadrant().name());
            json.name("risk").beginObject();
            json.name("score").value(c.risk().score());
            json.name("band").value(c.risk().band().name());
            json.name("reasons").beginArray();
            for (RiskReason r : c.risk().reasons()) {
                json.beginObject().name("code").value(r.signal().name()).name("ticket").value(r.ticketKey())
                        .name("points").value(Math.round(r.points() * 100) / 100d).endObject();
            }
            json.endArray().endObject();
            json.name("winbackPriority").value(c.winBackPriority());
            json.endObject();
        }
        json.endArray();
        json.name("rates").beginArray();
        for (RateRow r : rates) {
            json.beginObject().name("period").value(r.period().toString()).name("tier").value(r.tier())
                    .name("base").value(r.base()).name("churned").value(r.churned())
                    .name("churnRate").value(r.churnRate()).name("retentionRate").value(r.retentionRate())
                    .endObject();
        }
        json.endArray();
        json.name("skipped").beginArray();
        for (Skipped s : skipped) {
            json.beginObject().name("position").value(s.position()).name("reason").value(s.reason()).endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** Closes an unfinished document (its run is being repeated); the file is written again from scratch. */
    public void abandon() throws IOException {
        out.close();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    public static String instant(Instant t) {
        return t == null ? null : UTC_SECONDS.format(t);
    }
}
