package io.retentiondesk.report.input;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.FieldChange;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketFacts;
import io.retentiondesk.core.ticket.TicketFactsCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the real public Jira REST files in src/test/resources/fixtures/jira (see SOURCES.md there). */
class RestExportReaderTest {
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(RestExportReaderTest.class.getResource("/fixtures/jira").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyRealFileIsReadWithoutLosingARecord(Path file) throws IOException {
        io.retentiondesk.testing.CollectingSink c = read(file);
        // every issue of the file is accounted for: read, or skipped with a position in this file
        assertThat(c.tickets.size() + c.skipped.size()).isGreaterThanOrEqualTo(1);
        c.skipped.forEach(s -> assertThat(s.position()).startsWith(file.getFileName() + "#"));
        c.tickets.forEach(t -> assertThat(t.key()).isNotBlank());
    }

    @Test
    void searchPageGivesEveryIssueInOrder() throws Exception {
        io.retentiondesk.testing.CollectingSink c = read(fixture("jrjc-search-many-issues.json"));
        assertThat(c.tickets).hasSize(8);
        assertThat(c.tickets.get(0).key()).isEqualTo("TST-13");
        assertThat(c.positions.get(7)).isEqualTo("jrjc-search-many-issues.json#8");
    }

    @Test
    void changelogGivesHandoffsAndCommentsTheirAuthors() throws Exception {
        Ticket t = read(fixture("jrjc-issue-valid-5.0-with-changelog.json")).tickets.get(0);
        assertThat(t.key()).isEqualTo("HST-1");
        assertThat(t.created()).isEqualTo(Instant.parse("2012-04-12T12:27:37.672Z"));
        assertThat(t.priorityName()).isEqualTo("Minor");
        assertThat(t.reporter().id()).isEqualTo("user1");
        assertThat(t.comments()).extracting(cm -> cm.author().id()).containsExactly("user1", "user2");
        assertThat(t.changes()).filteredOn(ch -> ch.field() == FieldChange.Field.ASSIGNEE)
                .extracting(FieldChange::from, FieldChange::to).contains(org.assertj.core.groups.Tuple.tuple("user1", "user2"));
        TicketFacts f = facts(t);
        assertThat(f.handoffs()).isEqualTo(1); // user1 → user2, recorded twice in one history: one hand-off
        assertThat(f.resolved()).isFalse();
    }

    @Test
    void reopenedIssueHasOneReopenAndItsFinalResolution() throws Exception {
        Ticket t = read(fixture("jirametrics-sample-SP-5.json")).tickets.get(0);
        TicketFacts f = facts(t);
        assertThat(f.reopens()).isEqualTo(1);
        assertThat(f.reopenTimes()).containsExactly(Instant.parse("2021-10-11T12:48:42.419Z"));
        assertThat(f.resolvedAt()).isEqualTo(Instant.parse("2021-10-11T12:49:07.227Z"));
        assertThat(f.resolutionName()).isEqualTo("Done");
        // as of a time between the first resolution and the re-open, the ticket was resolved the first time
        TicketFacts before = new TicketFactsCalculator("Time to first response", "Time to resolution")
                .facts(t, CustomerSide.of(Set.of(), t), Instant.parse("2021-10-01T00:00:00Z"));
        assertThat(before.resolvedAt()).isEqualTo(Instant.parse("2021-09-06T04:34:14.358Z"));
        assertThat(before.reopens()).isZero();
    }

    @Test
    void anonymousCommentHasNoAuthorAndCountsAsCustomerSide() throws Exception {
        Ticket t = read(fixture("jrjc-issue-valid-anonymous-comment.json")).tickets.get(0);
        assertThat(t.comments()).hasSize(1);
        assertThat(t.comments().get(0).author()).isNull();
        assertThat(facts(t).chasers()).isEqualTo(1);
    }

    @Test
    void webhookWithoutCreationDateIsReportedNotLost() throws Exception {
        io.retentiondesk.testing.CollectingSink c = read(fixture("mattermost-webhook-cloud-comment-created.json"));
        assertThat(c.tickets).isEmpty();
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo("mattermost-webhook-cloud-comment-created.json#1");
            assertThat(s.reason()).startsWith("fields.created: expected a date");
        });
    }

    @Test
    void jsmFieldsAreFoundBySchemaTypeAndBadRecordsNamed(@TempDir Path dir) throws IOException {
        String page = """
                {"issues":[
                 {"key":"SUP-1","fields":{"created":"2026-01-05T09:00:00.000+0000","summary":"Printer broken",
                   "issuetype":{"name":"Incident"},"priority":{"name":"High"},
                   "reporter":{"name":"ann","emailAddress":"ann@acme.example"},
                   "customfield_1":[{"id":1,"name":"Acme Ltd"}],
                   "customfield_2":{"requestType":{"name":"Get IT help"}},
                   "customfield_3":{"rating":4},
                   "customfield_4":{"name":"Time to first response","completedCycles":[{"stopTime":{"epochMillis":1767607200000},"breached":true}]},
                   "customfield_5":[{"name":"bob"}]}},
                 {"key":"SUP-2","fields":{"created":"2026-01-06T09:00:00.000+0000","customfield_3":{"rating":7}}},
                 {"key":"SUP-3","fields":{"created":"not-a-date"}},
                 {"key":"SUP-4","fields":{"summary":"no creation date"}}
                ],
                "names":{"customfield_1":"Organisationen","customfield_2":"Anfragetyp","customfield_3":"Zufriedenheit",
                         "customfield_4":"Time to first response","customfield_5":"Teilnehmer"},
                "schema":{"customfield_1":{"custom":"com.atlassian.servicedesk:sd-customer-organizations"},
                          "customfield_2":{"custom":"com.atlassian.servicedesk:vp-origin"},
                          "customfield_3":{"custom":"com.atlassian.servicedesk:sd-request-feedback"},
                          "customfield_4":{"custom":"com.atlassian.servicedesk:sd-sla-field"},
                          "customfield_5":{"custom":"com.atlassian.servicedesk:sd-request-participants"}}}
                """;
        Path file = dir.resolve("page.json");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = read(file);
        assertThat(c.tickets).hasSize(1);
        Ticket t = c.tickets.get(0);
        assertThat(t.organizations()).containsExactly("Acme Ltd");
        assertThat(t.requestType()).isEqualTo("Get IT help");
        assertThat(t.rating()).isEqualTo(4);
        assertThat(t.participants()).extracting(p -> p.id()).containsExactly("bob");
        assertThat(t.slaCycles()).singleElement().satisfies(s -> {
            assertThat(s.breached()).isTrue();
            assertThat(s.stopTime()).isEqualTo(Instant.ofEpochMilli(1767607200000L));
        });
        assertThat(c.skipped).extracting(Skipped::position).containsExactly("page.json#2", "page.json#3", "page.json#4");
        assertThat(c.skipped.get(0).reason()).contains("Satisfaction").contains("expected a rating 1 to 5, got \"7\"");
        assertThat(c.skipped.get(1).reason()).startsWith("fields.created: expected a date").contains("not-a-date");
        assertThat(c.skipped.get(2).reason()).startsWith("fields.created: expected a date, got nothing");
    }

    @Test
    void malformedPageKeepsEarlierRecordsAndSaysWhereItBroke(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"issues\":[{\"key\":\"A-1\",\"fields\":{\"created\":\"2026-01-05T09:00:00.000+0000\"}},"
                + "{\"key\":\"A-2\",\"fields\":{\"created\": }", StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = read(file);
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("A-1");
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo("broken.json#2");
            assertThat(s.reason()).startsWith("malformed JSON").endsWith("the rest of the file was not read");
        });
    }

    private static TicketFacts facts(Ticket t) {
        return new TicketFactsCalculator("Time to first response", "Time to resolution")
                .facts(t, CustomerSide.of(Set.of(), t), LATER);
    }


    private static io.retentiondesk.testing.CollectingSink page(Path dir, String issues, String tail) throws IOException {
        Path file = dir.resolve("page.json");
        Files.writeString(file, "{\"issues\":[" + issues + "]" + tail, StandardCharsets.UTF_8);
        return read(file);
    }

    private static String issue(String key, String extraFields) {
        return "{\"key\":\"" + key + "\",\"fields\":{\"created\":\"2026-01-05T09:00:00.000+0000\","
                + "\"reporter\":{\"name\":\"ann\"}" + extraFields + "}}";
    }

    private static final String NAMES = ",\"names\":{\"customfield_9\":\"Time to first response\"},"
            + "\"schema\":{\"customfield_9\":{\"custom\":\"" + FieldLocator.SLA_TYPE + "\"}}}";

    @Test
    void anSlaStopTimeThatIsNotWholeMillisecondsSkipsTheRecordWithItsPositionNotANumberFormatException(
            @TempDir Path dir) throws IOException {
        String sla = ",\"customfield_9\":{\"name\":\"Time to first response\",\"completedCycles\":[{\"stopTime\":"
                + "{\"epochMillis\":%s},\"breached\":false}]}";
        io.retentiondesk.testing.CollectingSink c = page(dir, String.join(",", issue("SUP-1", sla.formatted("\"abc\"")),
                issue("SUP-2", sla.formatted("true")), issue("SUP-3", sla.formatted("1e999999999")),
                issue("SUP-4", sla.formatted("1767604000000"))), NAMES);
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("SUP-4");
        assertThat(c.skipped).extracting(Skipped::position).containsExactly("page.json#1", "page.json#2", "page.json#3");
        assertThat(c.skipped).allSatisfy(s -> assertThat(s.reason())
                .contains("customfield_9.completedCycles[0].stopTime.epochMillis: expected whole milliseconds"));
    }

    @Test
    void richTextTwoThousandLevelsDeepSkipsTheRecordInsteadOfOverflowingTheStack(@TempDir Path dir)
            throws IOException {
        String deep = "{\"type\":\"doc\",\"content\":[".repeat(2000) + "{\"text\":\"x\"}" + "]}".repeat(2000);
        String shallow = "{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"text\":\"Invoice\"},"
                + "{\"text\":\" wrong\"}]}]}";
        io.retentiondesk.testing.CollectingSink c = page(dir, issue("SUP-1", ",\"summary\":" + deep) + "," + issue("SUP-2", ",\"summary\":" + shallow),
                "}");
        assertThat(c.tickets).singleElement().satisfies(t -> assertThat(t.summary()).isEqualTo("Invoice wrong"));
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo("page.json#1");
            assertThat(s.reason()).contains("rich text", "levels of nesting");
        });
    }

    @Test
    void richTextAtTheDepthLimitIsReadAndOneLevelDeeperIsSkipped(@TempDir Path dir) throws IOException {
        // the document is depth 0, its content array 1, each array inside one more: the text object sits one below
        String atLimit = "{\"content\":" + "[".repeat(IssueMapper.MAX_DEPTH - 1) + "{\"text\":\"at the limit\"}"
                + "]".repeat(IssueMapper.MAX_DEPTH - 1) + "}";
        String beyond = "{\"content\":" + "[".repeat(IssueMapper.MAX_DEPTH) + "{\"text\":\"x\"}"
                + "]".repeat(IssueMapper.MAX_DEPTH) + "}";
        io.retentiondesk.testing.CollectingSink c = page(dir, issue("SUP-1", ",\"summary\":" + atLimit) + ","
                + issue("SUP-2", ",\"summary\":" + beyond), "}");
        assertThat(c.tickets).singleElement().satisfies(t -> assertThat(t.summary()).isEqualTo("at the limit"));
        assertThat(c.skipped).singleElement().satisfies(s -> assertThat(s.position()).isEqualTo("page.json#2"));
    }

    @Test
    void aPageCutBeforeNamesAndSchemaSaysSoInANotice(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "{\"issues\":[" + issue("SUP-1", "") + "],\"nam", StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = read(file);
        assertThat(c.tickets).hasSize(1);
        assertThat(c.notices).containsExactly("retention.cli.namesMissing cut.json");
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo("cut.json#2");
            assertThat(s.reason()).startsWith("malformed JSON").doesNotContain("\n");
        });
    }

    @Test
    void datesBefore1970OrFrom2100OnAreBadDates(@TempDir Path dir) throws IOException {
        io.retentiondesk.testing.CollectingSink c = page(dir, String.join(",",
                issue("SUP-1", "").replace("2026-01-05", "0001-01-05"),
                issue("SUP-2", "").replace("2026-01-05", "1000-01-05"),
                issue("SUP-3", ",\"resolutiondate\":\"2100-01-01T00:00:00.000+0000\""),
                issue("SUP-4", ",\"resolutiondate\":\"2099-12-31T00:00:00.000+0000\"")), "}");
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("SUP-4");
        assertThat(c.skipped).extracting(Skipped::reason).allSatisfy(r ->
                assertThat(r).contains("expected a date from 1970 up to 2100"));
    }

    @Test
    void anImpossibleDateSuchAsFebruary30IsRejectedNotReadAsFebruary28(@TempDir Path dir) throws IOException {
        io.retentiondesk.testing.CollectingSink c = page(dir, issue("SUP-1", "").replace("2026-01-05", "2026-02-30"), "}");
        assertThat(c.tickets).isEmpty();
        assertThat(c.skipped).singleElement().satisfies(s -> assertThat(s.reason())
                .startsWith("fields.created: expected a date"));
    }

    @Test
    void aTicketResolvedOrWithAnSlaStoppingBeforeItWasCreatedIsSkipped(@TempDir Path dir) throws IOException {
        String sla = ",\"customfield_9\":{\"name\":\"Time to first response\",\"completedCycles\":[{\"stopTime\":"
                + "{\"iso8601\":\"2025-01-01T00:00:00Z\"},\"breached\":false}]}";
        io.retentiondesk.testing.CollectingSink c = page(dir, String.join(",",
                issue("SUP-1", ",\"resolutiondate\":\"2016-01-05T09:00:00.000+0000\",\"resolution\":{\"name\":\"Done\"}"),
                issue("SUP-2", sla), issue("SUP-3", "")), NAMES);
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("SUP-3");
        assertThat(c.skipped).extracting(Skipped::position).containsExactly("page.json#1", "page.json#2");
        assertThat(c.skipped.get(0).reason()).startsWith("fields.resolutiondate: expected a date at or after");
        assertThat(c.skipped.get(1).reason()).startsWith("SLA stopTime (Time to first response): expected a time");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(RestExportReaderTest.class.getResource("/fixtures/jira/" + name).toURI());
    }

    static io.retentiondesk.testing.CollectingSink read(Path file) throws IOException {
        io.retentiondesk.testing.CollectingSink c = new io.retentiondesk.testing.CollectingSink();
        new RestExportReader(Map.of()).read(file, c);
        return c;
    }
}
