package io.retentiondesk.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.tier.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole offline pipeline on a small export written here, checked against SPEC §9 / §11 by hand. */
class OfflineReportTest {
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");

    @Test
    void writesReportJsonInTheSpecShape(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.json");
        Files.writeString(page, """
                {"issues":[
                 {"key":"SUP-1","fields":{"created":"2026-06-01T00:00:00.000+0000","resolutiondate":"2026-06-02T00:00:00.000+0000",
                   "resolution":{"name":"Done"},"summary":"Invoice wrong","issuetype":{"name":"Complaint"},"priority":{"name":"Medium"},
                   "reporter":{"name":"ann"},"customfield_1":[{"name":"Acme Ltd"}]}},
                 {"key":"SUP-2","fields":{"created":"2026-06-10T00:00:00.000+0000","summary":"We will cancel",
                   "issuetype":{"name":"Incident"},"priority":{"name":"Bogus"},"reporter":{"name":"bo"}}},
                 {"key":"SUP-3","fields":{"created":"2026-07-10T00:00:00.000+0000","reporter":{"name":"bo"}}},
                 {"key":"SUP-4","fields":{"created":"2026-06-10T00:00:00.000+0000","customfield_3":7,"reporter":{"name":"bo"}}}
                ],
                "names":{"customfield_1":"Organizations","customfield_3":"Satisfaction"},
                "schema":{}}
                """, StandardCharsets.UTF_8);
        Path values = dir.resolve("values.csv");
        Files.writeString(values, "customer,annual_value,potential\nacme ltd,1000,80\nZed,-1,10\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("report.json");

        ReportResult r = new OfflineReport(Policy.defaults(), AS_OF, Progress.silent())
                .run(new ReportInputs(List.of(page), List.of(), values, null), json);

        JsonObject report = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertThat(new ArrayList<>(report.keySet())).containsExactly("asOf", "tickets", "customers", "rates", "skipped");
        assertThat(report.get("asOf").getAsString()).isEqualTo("2026-06-30T00:00:00Z");

        JsonArray tickets = report.getAsJsonArray("tickets");
        assertThat(tickets).hasSize(2); // SUP-3 is after asOf, SUP-4 is skipped
        JsonObject sup1 = tickets.get(0).getAsJsonObject();
        assertThat(sup1.get("key").getAsString()).isEqualTo("SUP-1");
        assertThat(sup1.get("customer").getAsString()).isEqualTo("Acme Ltd");
        // Acme is the only valued customer: KEY; Medium target 2 h / 24 h. No comment: aFR = aTR = 24 h.
        // responsiveness = 100·(2 − 24)/2 → clamp −100; reliability = 100·(24 − 24)/24 = 0; assurance = fcr 20;
        // empathy 0. G = −30 + 0 + 5 + 0 = −25 → S = −25, BELOW, PREDICTED.
        JsonObject s = sup1.getAsJsonObject("satisfaction");
        assertThat(s.get("score").getAsInt()).isEqualTo(-25);
        assertThat(s.get("band").getAsString()).isEqualTo("BELOW");
        assertThat(s.get("source").getAsString()).isEqualTo("PREDICTED");
        assertThat(new ArrayList<>(s.getAsJsonObject("dimensions").keySet()))
                .containsExactly("responsiveness", "reliability", "assurance", "empathy");
        assertThat(s.getAsJsonObject("dimensions").get("responsiveness").getAsInt()).isEqualTo(-100);
        // a complaint with no callback log: UNKNOWN, due 24 h after resolution (KEY)
        assertThat(sup1.getAsJsonObject("callback").get("status").getAsString()).isEqualTo("UNKNOWN");
        assertThat(sup1.getAsJsonObject("callback").get("due").getAsString()).isEqualTo("2026-06-03T00:00:00Z");
        JsonObject sup2 = tickets.get(1).getAsJsonObject();
        assertThat(sup2.get("satisfaction").isJsonNull()).isTrue();
        assertThat(sup2.get("callback").isJsonNull()).isTrue();

        JsonArray customers = report.getAsJsonArray("customers");
        assertThat(customers).extracting(c -> c.getAsJsonObject().get("key").getAsString())
                .containsExactly("acme ltd", "bo"); // sorted by key; the value file's spelling wins
        JsonObject bo = customers.get(1).getAsJsonObject();
        assertThat(bo.get("tier").getAsString()).isEqualTo("UNRATED");
        assertThat(bo.get("quadrant").isJsonNull()).isTrue();
        // CHURN_INTENT 30 points, 20 days old: 30·0.5^(20/45) = 22.05 → 100·(1 − e^(−22.05/50)) = 35.7 → 36 MEDIUM
        JsonObject risk = bo.getAsJsonObject("risk");
        assertThat(risk.get("score").getAsInt()).isEqualTo(36);
        assertThat(risk.get("band").getAsString()).isEqualTo("MEDIUM");
        JsonObject reason = risk.getAsJsonArray("reasons").get(0).getAsJsonObject();
        assertThat(reason.get("code").getAsString()).isEqualTo("CHURN_INTENT");
        assertThat(reason.get("ticket").getAsString()).isEqualTo("SUP-2");
        assertThat(reason.get("points").getAsDouble()).isEqualTo(22.05);
        assertThat(bo.get("winbackPriority").getAsInt()).isEqualTo(36);

        JsonArray skipped = report.getAsJsonArray("skipped");
        assertThat(skipped).extracting(e -> e.getAsJsonObject().get("position").getAsString())
                .containsExactly("values.csv:3", "page.json#4");
        assertThat(r.read()).isEqualTo(3); // SUP-1..3; SUP-4 was skipped
        assertThat(r.scored()).isEqualTo(1);
        assertThat(r.afterAsOf()).isEqualTo(1);
        assertThat(r.notices()).singleElement().asString().contains("\"Bogus\"").contains("counted as Medium");
        // periods: the first month starting at/after the earliest ticket (2026-06-01) is June, which ends after
        // asOf: no complete month yet, so no rate rows
        assertThat(report.getAsJsonArray("rates")).isEmpty();
    }

    @Test
    void customerSideIsCompletedWhenAReporterAppearsLater(@TempDir Path dir) throws IOException {
        // carl comments on SUP-1 (Acme) before the export shows him reporting SUP-2 for Acme: his comment is
        // customer side, so SUP-1 has a chaser and no agent reply (aFR falls back to aTR).
        Path page = dir.resolve("page.json");
        Files.writeString(page, """
                {"issues":[
                 {"key":"SUP-1","fields":{"created":"2026-06-01T00:00:00.000+0000","resolutiondate":"2026-06-01T02:00:00.000+0000",
                   "resolution":{"name":"Done"},"priority":{"name":"Medium"},"reporter":{"name":"ann"},"customfield_1":[{"name":"Acme"}],
                   "comment":{"comments":[{"author":{"name":"carl"},"created":"2026-06-01T01:00:00.000+0000","body":"any news?"}]}}},
                 {"key":"SUP-2","fields":{"created":"2026-06-05T00:00:00.000+0000","reporter":{"name":"carl"},"customfield_1":[{"name":"Acme"}]}}
                ],
                "names":{"customfield_1":"Organizations"}}
                """, StandardCharsets.UTF_8);
        Path json = dir.resolve("report.json");
        new OfflineReport(Policy.defaults(), AS_OF, Progress.silent())
                .run(new ReportInputs(List.of(page), List.of(), null, null), json);
        JsonObject sup1 = JsonParser.parseString(Files.readString(json)).getAsJsonObject()
                .getAsJsonArray("tickets").get(0).getAsJsonObject();
        // UNRATED → ORDINARY Medium 8 h / 72 h; aFR = aTR = 2 h. responsiveness 75, reliability 97.22,
        // assurance 20 (fcr: no agent comment), empathy −25 (one chaser).
        JsonObject d = sup1.getAsJsonObject("satisfaction").getAsJsonObject("dimensions");
        assertThat(d.get("empathy").getAsInt()).isEqualTo(-25);
        assertThat(d.get("responsiveness").getAsInt()).isEqualTo(75);
        assertThat(JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("tickets")).hasSize(2);
    }

    @Test
    void churnedCustomerIsNotScoredAndSmallOnesAreNotPursued(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.json");
        Files.writeString(page, """
                {"issues":[
                 {"key":"SUP-1","fields":{"created":"2026-01-01T00:00:00.000+0000","resolutiondate":"2026-05-10T00:00:00.000+0000",
                   "resolution":{"name":"churned"},"reporter":{"name":"ann"}}},
                 {"key":"SUP-2","fields":{"created":"2026-01-01T00:00:00.000+0000","reporter":{"name":"bo"}}}
                ]}
                """, StandardCharsets.UTF_8);
        Path values = dir.resolve("values.csv");
        Files.writeString(values, "customer,annual_value,potential,churned_at\nann,0,,\nbo,50,,2026-04-01T00:00:00Z\n",
                StandardCharsets.UTF_8);
        ReportResult r = new OfflineReport(Policy.defaults(), AS_OF, Progress.silent())
                .run(new ReportInputs(List.of(page), List.of(), values, null), dir.resolve("report.json"));
        CustomerStanding ann = r.customers().get(0);
        CustomerStanding bo = r.customers().get(1);
        assertThat(ann.tier()).isEqualTo(Tier.SMALL);
        assertThat(ann.risk().band()).isEqualTo(RiskBand.CHURNED);
        assertThat(ann.risk().score()).isNull();
        assertThat(ann.winBackPriority()).isNull(); // SMALL: do not pursue
        assertThat(bo.tier()).isEqualTo(Tier.KEY);
        assertThat(bo.churnedAt()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(bo.winBackPriority()).isEqualTo(400);
        // April: base {ann, bo} (both active in January), bo churned → ALL 1/2; May: base {ann}, ann churned
        assertThat(r.rates()).filteredOn(x -> x.tier().equals("ALL") && x.period().toString().equals("2026-04"))
                .singleElement().satisfies(x -> {
                    assertThat(x.base()).isEqualTo(2);
                    assertThat(x.churned()).isEqualTo(1);
                    assertThat(x.churnRate()).isEqualTo(0.5);
                });
        assertThat(r.rates()).filteredOn(x -> x.tier().equals("SMALL") && x.period().toString().equals("2026-05"))
                .singleElement().satisfies(x -> assertThat(x.churnRate()).isEqualTo(1.0));
    }

    @Test
    void aChurnTypeThatNamesNoTypeKeepsItsRowAndChurnDateAndIsToldAsANoticeAtItsLine(@TempDir Path dir)
            throws IOException {
        Path page = dir.resolve("page.json");
        Files.writeString(page, """
                {"issues":[
                 {"key":"SUP-1","fields":{"created":"2026-01-01T00:00:00.000+0000","reporter":{"name":"bo"}}}
                ]}
                """, StandardCharsets.UTF_8);
        Path values = dir.resolve("values.csv");
        Files.writeString(values, "\uFEFFcustomer,annual_value,potential,churned_at,churn_type\n"
                + "bo,50,,2026-04-01T00:00:00Z,COMPETITION\n", StandardCharsets.UTF_8);
        ReportResult r = new OfflineReport(Policy.defaults(), AS_OF, Progress.silent())
                .run(new ReportInputs(List.of(page), List.of(), values, null), dir.resolve("report.json"));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.customers()).singleElement().satisfies(bo -> {
            assertThat(bo.tier()).isEqualTo(Tier.KEY);
            assertThat(bo.churnedAt()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        });
        assertThat(r.notices()).first().asString()
                .startsWith("values.csv:2: churn_type \"COMPETITION\" is not ").endsWith("kept as OTHER");
        assertThat(r.notices()).filteredOn(n -> n.contains("churn_type")).hasSize(1);
    }
}
