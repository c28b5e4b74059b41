package io.retentiondesk.jira.ao;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.churn.SignalOccurrence;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link TicketRecord} as the JSON stored in {@link TicketRecordEntity#getPayload()}: explicit names (never
 * reflection), so a stored row reads the same after a refactoring. Instants are ISO-8601 strings.
 */
final class TicketRecordPayload {
    private TicketRecordPayload() {
    }

    static String write(TicketRecord r) {
        JsonObject o = new JsonObject();
        o.addProperty("v", 1);
        o.addProperty("key", r.key());
        o.addProperty("customerId", r.customer().id());
        o.addProperty("customer", r.customer().display());
        RiskTicket t = r.risk();
        o.addProperty("created", t.created().toString());
        o.addProperty("requestType", t.requestType());
        o.addProperty("issueType", t.issueType());
        o.add("words", strings(new TreeSet<>(t.summaryWords())));
        o.addProperty("complaint", t.complaint());
        JsonArray signals = new JsonArray();
        for (SignalOccurrence s : t.signals()) {
            JsonObject so = new JsonObject();
            so.addProperty("signal", s.signal().name());
            so.addProperty("ticket", s.ticketKey());
            so.addProperty("date", s.date().toString());
            so.addProperty("points", s.points());
            signals.add(so);
        }
        o.add("signals", signals);
        JsonArray recoveries = new JsonArray();
        for (RiskAssessor.Recovery rec : r.recoveries()) {
            JsonObject ro = new JsonObject();
            ro.addProperty("ticket", rec.ticketKey());
            ro.addProperty("at", rec.at().toString());
            recoveries.add(ro);
        }
        o.add("recoveries", recoveries);
        o.addProperty("reporter", r.reporterId());
        o.add("agentAuthors", strings(new TreeSet<>(r.agentAuthors())));
        o.add("borrowedAuthors", strings(new TreeSet<>(r.borrowedAuthors())));
        o.addProperty("churnResolvedAt", r.churnResolvedAt() == null ? null : r.churnResolvedAt().toString());
        o.addProperty("tier", r.tier().name());
        o.addProperty("validUntil", r.validUntil() == null ? null : r.validUntil().toString());
        return o.toString();
    }

    /** @throws IllegalArgumentException naming what is wrong when the stored text is not a record */
    static TicketRecord read(String json) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            List<SignalOccurrence> signals = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("signals")) {
                JsonObject so = e.getAsJsonObject();
                signals.add(new SignalOccurrence(RiskSignal.valueOf(so.get("signal").getAsString()),
                        so.get("ticket").getAsString(), Instant.parse(so.get("date").getAsString()),
                        so.get("points").getAsDouble()));
            }
            RiskTicket risk = new RiskTicket(o.get("key").getAsString(), Instant.parse(o.get("created").getAsString()),
                    text(o, "requestType"), text(o, "issueType"), stringSet(o.getAsJsonArray("words")),
                    o.get("complaint").getAsBoolean(), signals);
            List<RiskAssessor.Recovery> recoveries = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("recoveries")) {
                JsonObject ro = e.getAsJsonObject();
                recoveries.add(new RiskAssessor.Recovery(ro.get("ticket").getAsString(),
                        Instant.parse(ro.get("at").getAsString())));
            }
            return new TicketRecord(risk.key(), new CustomerKey(o.get("customerId").getAsString(),
                    o.get("customer").getAsString()), risk, recoveries, text(o, "reporter"),
                    stringSet(o.getAsJsonArray("agentAuthors")), stringSet(o.getAsJsonArray("borrowedAuthors")),
                    instant(o, "churnResolvedAt"), Tier.valueOf(o.get("tier").getAsString()), instant(o, "validUntil"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ticket record: expected the stored JSON of a ticket record, got "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static Set<String> stringSet(JsonArray a) {
        Set<String> out = new LinkedHashSet<>();
        a.forEach(e -> out.add(e.getAsString().intern()));
        return out;
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static Instant instant(JsonObject o, String name) {
        String t = text(o, name);
        return t == null ? null : Instant.parse(t);
    }
}
