package io.retentiondesk.report.input;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.retentiondesk.core.ticket.SlaCycle;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.testing.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The small readings of one REST issue that the record-level tests reach only by accident. */
class IssueMapperTest {

    @Test
    void describeSaysWhatKindOfValueItGotInsteadOfPrintingIt() {
        assertThat(IssueMapper.describe(null)).isEqualTo("nothing");
        assertThat(IssueMapper.describe(JsonNull.INSTANCE)).isEqualTo("nothing");
        assertThat(IssueMapper.describe(new JsonPrimitive("x"))).isEqualTo("\"x\"");
        assertThat(IssueMapper.describe(new JsonArray())).isEqualTo("a list");
        assertThat(IssueMapper.describe(new JsonObject())).isEqualTo("an object");
    }

    @Test
    void aNamedValueIsItsNameOrElseItsSelectValue() {
        assertThat(IssueMapper.name(JsonParser.parseString("{\"name\":\"High\",\"value\":\"v\"}"))).isEqualTo("High");
        assertThat(IssueMapper.name(JsonParser.parseString("{\"value\":\"Acme\"}"))).isEqualTo("Acme");
        assertThat(IssueMapper.name(new JsonPrimitive("plain"))).isEqualTo("plain");
        assertThat(IssueMapper.name(JsonParser.parseString("{}"))).isNull();
    }

    @Test
    void aBlankOrIdlessPersonIsNobody() {
        assertThat(IssueMapper.person(new JsonPrimitive("  "))).isNull();
        assertThat(IssueMapper.person(JsonNull.INSTANCE)).isNull();
        assertThat(IssueMapper.person(JsonParser.parseString("{\"displayName\":\"Ann\"}"))).isNull();
        assertThat(IssueMapper.person(new JsonPrimitive("ann")).id()).isEqualTo("ann");
    }

    @Test
    void richTextKeepsParagraphsApartAndAnObjectWithoutContentIsNoText() {
        String doc = "{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"text\":\"First\"}]},"
                + "{\"type\":\"paragraph\",\"content\":[{\"text\":\"second\"}]}]}";
        assertThat(IssueMapper.text(JsonParser.parseString(doc))).isEqualTo("First second");
        assertThat(IssueMapper.text(JsonParser.parseString("{\"text\":\"not a document\"}"))).isNull();
        assertThat(IssueMapper.text(JsonParser.parseString("[\"a\"]"))).isNull();
    }

    @Test
    void emptyLabelsAndNamelessComponentsAreLeftOut(@TempDir Path dir) throws IOException {
        CollectingSink c = page(dir, issue("SUP-1",
                ",\"labels\":[\"vip\",null,\"billing\"],\"components\":[{\"name\":\"Portal\"},{},null]"), "}");
        assertThat(c.tickets).singleElement().satisfies(t -> {
            assertThat(t.labels()).containsExactly("vip", "billing");
            assertThat(t.components()).containsExactly("Portal");
        });
    }

    @Test
    void aResolutionWithoutADateOrADateWithoutAResolutionIsStillResolved(@TempDir Path dir) throws IOException {
        CollectingSink c = page(dir, String.join(",",
                issue("SUP-1", ",\"resolution\":{\"name\":\"Done\"}"),
                issue("SUP-2", ",\"resolutiondate\":\"2026-01-06T09:00:00.000+0000\""),
                issue("SUP-3", "")), "}");
        assertThat(c.tickets).extracting(Ticket::resolutionName).containsExactly("Done", null, null);
        assertThat(c.tickets).extracting(Ticket::resolved)
                .containsExactly(null, Instant.parse("2026-01-06T09:00:00Z"), null);
    }

    @Test
    void slaCyclesInEveryShapeJiraWrites(@TempDir Path dir) throws IOException {
        // no name of its own (the export's names give it), a stop as text, as iso8601, a cycle that is no object,
        // a breach flag that is no flag, and an ongoing breached cycle
        String sla = ",\"customfield_9\":{\"completedCycles\":["
                + "{\"stopTime\":\"2026-01-05T10:00:00.000+0000\",\"breached\":true},"
                + "{\"stopTime\":{\"iso8601\":\"2026-01-05T11:00:00Z\"},\"breached\":{\"yes\":1}},"
                + "\"not a cycle\","
                + "{\"stopTime\":{\"epochMillis\":null}}],"
                + "\"ongoingCycle\":{\"breached\":true}}";
        CollectingSink c = page(dir, issue("SUP-1", sla), NAMES);
        assertThat(c.skipped).isEmpty();
        assertThat(c.tickets).singleElement().satisfies(t -> assertThat(t.slaCycles()).containsExactly(
                new SlaCycle("Time to first response", Instant.parse("2026-01-05T10:00:00Z"), true),
                new SlaCycle("Time to first response", Instant.parse("2026-01-05T11:00:00Z"), false),
                new SlaCycle("Time to first response", null, true)));
    }

    @Test
    void nineteenDigitsAreReadAsMillisecondsAndJudgedAsADateTwentyAreNotANumber(@TempDir Path dir)
            throws IOException {
        String sla = ",\"customfield_9\":{\"completedCycles\":[{\"stopTime\":{\"epochMillis\":\"%s\"}}]}";
        CollectingSink c = page(dir, issue("SUP-1", sla.formatted("1" + "0".repeat(18))) + ","
                + issue("SUP-2", sla.formatted("1" + "0".repeat(19))), NAMES);
        assertThat(c.tickets).isEmpty();
        assertThat(c.skipped.get(0).reason()).contains("expected a date from 1970 up to 2100");
        assertThat(c.skipped.get(1).reason()).contains("expected whole milliseconds since 1970");
    }

    private static final String NAMES = ",\"names\":{\"customfield_9\":\"Time to first response\"},"
            + "\"schema\":{\"customfield_9\":{\"custom\":\"" + FieldLocator.SLA_TYPE + "\"}}}";

    private static String issue(String key, String extraFields) {
        return "{\"key\":\"" + key + "\",\"fields\":{\"created\":\"2026-01-05T09:00:00.000+0000\","
                + "\"reporter\":{\"name\":\"ann\"}" + extraFields + "}}";
    }

    private static CollectingSink page(Path dir, String issues, String tail) throws IOException {
        Path file = dir.resolve("page.json");
        Files.writeString(file, "{\"issues\":[" + issues + "]" + tail, StandardCharsets.UTF_8);
        return RestExportReaderTest.read(file);
    }
}
