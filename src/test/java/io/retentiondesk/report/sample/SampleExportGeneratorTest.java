package io.retentiondesk.report.sample;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.report.input.RestExportReader;
import io.retentiondesk.report.input.Skipped;
import io.retentiondesk.report.input.TicketSink;
import io.retentiondesk.core.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SampleExportGeneratorTest {
    @Test
    void demoExportIsRealisticAndReadable(@TempDir Path dir) throws IOException {
        SampleExportGenerator.Summary s = SampleExportGenerator.writeDemo(dir);
        assertThat(s.tickets()).isEqualTo(2403);
        assertThat(s.customers()).isEqualTo(150);
        assertThat(s.badRecords()).isEqualTo(3);
        assertThat(s.complaints()).isBetween(100, 400);
        assertThat(s.rated() / 2400.0).isBetween(0.08, 0.25); // ratings on a minority of tickets
        assertThat(s.churned()).isBetween(5, 12);
        List<Ticket> tickets = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        RestExportReader reader = new RestExportReader(Map.of());
        for (Path p : s.files()) {
            if (p.toString().endsWith(".json")) {
                reader.read(p, sink(tickets, skipped));
            }
        }
        assertThat(tickets).hasSize(2400);
        assertThat(skipped).extracting(Skipped::position)
                .containsExactly("issues-bad.json#1", "issues-bad.json#2", "issues-bad.json#3");
        Set<String> orgs = new HashSet<>();
        tickets.forEach(t -> orgs.addAll(t.organizations()));
        assertThat(orgs.size()).isGreaterThan(100);
        assertThat(tickets).anyMatch(t -> t.requestType() != null && !t.slaCycles().isEmpty());
        assertThat(tickets).anyMatch(t -> "Churned".equals(t.resolutionName()));
        assertThat(tickets).anyMatch(t -> t.changes().stream().anyMatch(c -> c.from() != null && c.to() == null));
        assertThat(Files.readAllLines(dir.resolve("values.csv")).get(0))
                .isEqualTo("customer,annual_value,potential,churned_at,churn_type,unworthy");
        JsonObject page = JsonParser.parseString(Files.readString(dir.resolve("issues-001.json"))).getAsJsonObject();
        assertThat(page.getAsJsonArray("issues")).hasSize(500);
        assertThat(page.getAsJsonObject("schema").getAsJsonObject("customfield_10100").get("custom").getAsString())
                .isEqualTo("com.atlassian.servicedesk:sd-customer-organizations");
    }

    @Test
    void sameSeedGivesTheSameBytes(@TempDir Path dir) throws IOException {
        SampleExportGenerator g = new SampleExportGenerator(42, SampleExportGenerator.DEMO_AS_OF);
        g.write(dir.resolve("a"), 3000, 60, 1000);
        g.write(dir.resolve("b"), 3000, 60, 1000);
        for (String f : List.of("issues-001.json", "issues-003.json", "values.csv", "callbacks.csv")) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(f), dir.resolve("b").resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(dir.resolve("a").resolve("issues-004.json")).doesNotExist();
    }

    private static TicketSink sink(List<Ticket> tickets, List<Skipped> skipped) {
        return new TicketSink() {
            @Override
            public void ticket(String position, Ticket ticket) {
                tickets.add(ticket);
            }

            @Override
            public void skipped(Skipped s) {
                skipped.add(s);
            }
        };
    }
}
