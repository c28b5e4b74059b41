package io.retentiondesk.report.sample;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.report.input.RestExportReader;
import io.retentiondesk.report.input.Skipped;
import io.retentiondesk.report.input.TicketSink;
import io.retentiondesk.core.ticket.Ticket;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import io.retentiondesk.core.churn.RiskSignal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleExportGeneratorTest {
    private static final Pattern JIRA_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");
    private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
    private static final Instant AS_OF = SampleExportGenerator.DEMO_AS_OF;
    private static final String AGENT_DOMAIN = "@support.example.com";

    @TempDir
    static Path demoDir;
    private static SampleExportGenerator.Summary demo;
    private static List<JsonObject> issues;

    @BeforeAll
    static void writeDemo() throws IOException {
        demo = SampleExportGenerator.writeDemo(demoDir);
        issues = new ArrayList<>();
        for (Path p : demo.files()) {
            String name = p.getFileName().toString();
            if (name.startsWith("issues-0")) {
                page(p).getAsJsonArray("issues").forEach(e -> issues.add(e.getAsJsonObject()));
            }
        }
    }

    @Test
    void demoSummaryHasTheAdvertisedSizesAndShares() {
        assertThat(demo.tickets()).isEqualTo(2400);
        assertThat(demo.customers()).isEqualTo(150);
        assertThat(demo.plantedBadRecords()).isEqualTo(3);
        assertThat(demo.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "issues-001.json", "issues-002.json", "issues-003.json", "issues-004.json", "issues-005.json",
                "issues-bad.json", "values.csv", "callbacks.csv");
        int resolved = demo.tickets() - demo.unresolved();
        assertThat(demo.complaints() / (double) demo.tickets()).isBetween(0.04, 0.10);
        assertThat(demo.rated() / (double) resolved).isBetween(0.12, 0.20);
        assertThat(demo.churned()).isBetween(6, 10);
        assertThat(demo.reopened() / (double) demo.tickets()).isBetween(0.03, 0.12);
        assertThat(demo.unresolved()).isBetween(10, 120);
        assertThat(demo.callbackAttempts()).isPositive();
        assertThat(demo.toString()).contains("tickets: 2,400", "customers: 150", "planted bad records: 3");
        // the summary counts what the pages hold
        assertThat(issues.size()).isEqualTo(2400);
        assertThat(issues.stream().filter(i -> labels(i).contains("complaint")).count()).isEqualTo(demo.complaints());
        assertThat(issues.stream().filter(i -> !fields(i).get("customfield_10102").isJsonNull()).count())
                .isEqualTo(demo.rated());
        assertThat(issues.stream().filter(i -> fields(i).get("resolution").isJsonNull()).count())
                .isEqualTo(demo.unresolved());
    }

    @Test
    void pagesAreJiraSearchResponsesThatGsonParses() throws IOException {
        for (int k = 0; k < 5; k++) {
            JsonObject page = page(demoDir.resolve(String.format(Locale.ROOT, "issues-%03d.json", k + 1)));
            assertThat(page.get("expand").getAsString()).isEqualTo("schema,names");
            assertThat(page.get("startAt").getAsInt()).isEqualTo(k * 500);
            assertThat(page.get("maxResults").getAsInt()).isEqualTo(500);
            assertThat(page.get("total").getAsInt()).isEqualTo(2400);
            assertThat(page.getAsJsonArray("issues").size()).isEqualTo(k < 4 ? 500 : 400);
            assertThat(page.getAsJsonObject("names").get("customfield_10101").getAsString())
                    .isEqualTo("Customer Request Type");
            JsonObject schema = page.getAsJsonObject("schema");
            assertThat(schema.getAsJsonObject("customfield_10100").get("custom").getAsString())
                    .isEqualTo("com.atlassian.servicedesk:sd-customer-organizations");
            assertThat(schema.getAsJsonObject("customfield_10104").get("custom").getAsString())
                    .isEqualTo("com.atlassian.servicedesk:sd-sla-field");
            assertThat(schema.getAsJsonObject("customfield_10102").get("customId").getAsLong()).isEqualTo(10102);
        }
        for (int n = 0; n < issues.size(); n++) {
            JsonObject issue = issues.get(n);
            assertThat(issue.get("key").getAsString()).isEqualTo("SUP-" + (n + 1));
            assertThat(issue.get("self").getAsString()).endsWith("/rest/api/2/issue/" + issue.get("id").getAsString());
            assertThat(fields(issue).get("created").getAsString()).matches(JIRA_TIME);
        }
    }

    @Test
    void ticketsAreCreatedOverEighteenMonthsDenserTowardsTheEnd() {
        Instant first = time(fields(issues.get(0)).get("created"));
        Instant last = time(fields(issues.get(issues.size() - 1)).get("created"));
        assertThat(Duration.between(first, AS_OF).toDays()).isBetween(500L, 541L);
        assertThat(last).isBefore(AS_OF).isAfter(AS_OF.minus(Duration.ofDays(3)));
        long firstQuarter = issues.stream().filter(i -> time(fields(i).get("created"))
                .isBefore(AS_OF.minus(Duration.ofDays(540 - 90)))).count();
        long lastQuarter = issues.stream().filter(i -> time(fields(i).get("created"))
                .isAfter(AS_OF.minus(Duration.ofDays(90)))).count();
        assertThat(lastQuarter).isGreaterThan(firstQuarter * 3 / 2);
        Instant previous = Instant.MIN;
        for (JsonObject i : issues) {
            Instant created = time(fields(i).get("created"));
            assertThat(created).isAfterOrEqualTo(previous);
            previous = created;
        }
    }

    @Test
    void fieldsCommentsHistoryAndSlasAgree() {
        for (JsonObject issue : issues) {
            JsonObject f = fields(issue);
            String key = issue.get("key").getAsString();
            Instant created = time(f.get("created"));
            // comments: time-ordered, after creation, none after the export
            Instant previous = created;
            Instant firstAgentComment = null;
            JsonArray comments = f.getAsJsonObject("comment").getAsJsonArray("comments");
            assertThat(f.getAsJsonObject("comment").get("total").getAsInt()).as(key).isEqualTo(comments.size());
            for (JsonElement e : comments) {
                Instant at = time(e.getAsJsonObject().get("created"));
                assertThat(at).as(key).isAfterOrEqualTo(previous).isBeforeOrEqualTo(AS_OF);
                previous = at;
                if (firstAgentComment == null && isAgent(e.getAsJsonObject().getAsJsonObject("author"))) {
                    firstAgentComment = at;
                }
            }
            // history: time-ordered; the fields are where it ends
            String assignee = null;
            String resolution = null;
            Instant resolvedAt = null;
            boolean assigned = false;
            previous = created;
            for (JsonElement h : issue.getAsJsonObject("changelog").getAsJsonArray("histories")) {
                Instant at = time(h.getAsJsonObject().get("created"));
                assertThat(at).as(key).isAfterOrEqualTo(previous).isBeforeOrEqualTo(AS_OF);
                previous = at;
                for (JsonElement itemElement : h.getAsJsonObject().getAsJsonArray("items")) {
                    JsonObject item = itemElement.getAsJsonObject();
                    switch (item.get("field").getAsString()) {
                        case "assignee" -> {
                            assertThat(text(item.get("from"))).as(key).isEqualTo(assignee);
                            if (!assigned) {
                                assertThat(item.get("from").isJsonNull()).as(key).isTrue();
                                assigned = true;
                            }
                            assignee = text(item.get("to"));
                        }
                        case "resolution" -> {
                            assertThat(text(item.get("fromString"))).as(key).isEqualTo(resolution);
                            resolution = text(item.get("toString"));
                            resolvedAt = resolution == null ? null : at;
                        }
                        default -> {
                        }
                    }
                }
            }
            JsonElement assigneeField = f.get("assignee");
            assertThat(assigneeField.isJsonNull() ? null : assigneeField.getAsJsonObject().get("name").getAsString())
                    .as(key).isEqualTo(assignee);
            if (f.get("resolution").isJsonNull()) {
                assertThat(resolution).as(key).isNull();
                assertThat(f.get("resolutiondate").isJsonNull()).as(key).isTrue();
                assertThat(f.get("customfield_10102").isJsonNull()).as(key).isTrue();
            } else {
                assertThat(f.getAsJsonObject("resolution").get("name").getAsString()).as(key).isEqualTo(resolution);
                assertThat(time(f.get("resolutiondate"))).as(key).isEqualTo(resolvedAt);
            }
            JsonElement rating = f.get("customfield_10102");
            if (!rating.isJsonNull()) {
                assertThat(rating.getAsJsonObject().get("rating").getAsInt()).as(key).isBetween(1, 5);
                assertThat(time(f.get("customfield_10103"))).as(key).isAfter(resolvedAt).isBeforeOrEqualTo(AS_OF);
            }
            // SLA: first response stops at the first agent comment, resolution cycles at each resolution
            JsonElement firstResponse = f.get("customfield_10104");
            if (!firstResponse.isJsonNull()) {
                JsonArray cycles = firstResponse.getAsJsonObject().getAsJsonArray("completedCycles");
                if (cycles.isEmpty()) {
                    assertThat(firstAgentComment).as(key).isNull();
                } else {
                    long stop = cycles.get(0).getAsJsonObject().getAsJsonObject("stopTime").get("epochMillis").getAsLong();
                    assertThat(Instant.ofEpochMilli(stop)).as(key).isEqualTo(firstAgentComment);
                }
                JsonArray resolutionCycles = f.getAsJsonObject("customfield_10105").getAsJsonArray("completedCycles");
                if (resolvedAt != null) {
                    JsonObject lastCycle = resolutionCycles.get(resolutionCycles.size() - 1).getAsJsonObject();
                    assertThat(Instant.ofEpochMilli(lastCycle.getAsJsonObject("stopTime").get("epochMillis").getAsLong()))
                            .as(key).isEqualTo(resolvedAt);
                } else {
                    assertThat(f.getAsJsonObject("customfield_10105").has("ongoingCycle")).as(key).isTrue();
                }
            }
        }
    }

    @Test
    void jsmFieldsHaveTheDocumentedMix() {
        long withoutOrganization = issues.stream().filter(i -> fields(i).getAsJsonArray("customfield_10100").isEmpty()).count();
        assertThat(withoutOrganization / 2400.0).isBetween(0.10, 0.22);
        long withSla = issues.stream().filter(i -> !fields(i).get("customfield_10104").isJsonNull()).count();
        assertThat(withSla / 2400.0).isBetween(0.5, 0.7);
        Set<String> requestTypes = new HashSet<>();
        Set<String> priorities = new HashSet<>();
        Set<String> issueTypes = new HashSet<>();
        Set<String> agents = new HashSet<>();
        for (JsonObject i : issues) {
            JsonObject f = fields(i);
            requestTypes.add(f.getAsJsonObject("customfield_10101").getAsJsonObject("requestType").get("name").getAsString());
            priorities.add(f.getAsJsonObject("priority").get("name").getAsString());
            issueTypes.add(f.getAsJsonObject("issuetype").get("name").getAsString());
            if (!f.get("assignee").isJsonNull()) {
                agents.add(f.getAsJsonObject("assignee").get("name").getAsString());
                assertThat(f.getAsJsonObject("assignee").get("emailAddress").getAsString()).endsWith(AGENT_DOMAIN);
            }
            assertThat(isAgent(f.getAsJsonObject("reporter"))).isFalse();
        }
        assertThat(requestTypes).containsExactlyInAnyOrder("Get IT help", "Billing question", "Report a bug",
                "Account access", "Complaint");
        assertThat(priorities).containsExactlyInAnyOrder("Highest", "High", "Medium", "Low", "Lowest");
        assertThat(issueTypes).containsExactlyInAnyOrder("Service Request", "Incident", "Complaint");
        assertThat(agents).hasSize(12);
        assertThat(issues.stream().anyMatch(i -> fields(i).getAsJsonArray("customfield_10106").size() >= 1))
                .as("request participants").isTrue();
    }

    @Test
    void storiesArePlanted() {
        // churn: tickets resolved "Churned", and nothing of theirs created after
        Map<String, Instant> churnedAt = new TreeMap<>();
        for (JsonObject i : issues) {
            JsonElement resolution = fields(i).get("resolution");
            if (!resolution.isJsonNull() && resolution.getAsJsonObject().get("name").getAsString().equals("Churned")) {
                churnedAt.put(customer(i), time(fields(i).get("resolutiondate")));
            }
        }
        assertThat(churnedAt.size()).isBetween(6, 10);
        for (JsonObject i : issues) {
            Instant left = churnedAt.get(customer(i));
            if (left != null) {
                assertThat(time(fields(i).get("created"))).isBefore(left);
            }
        }
        // intent in customer-side text, English and Chinese
        String customerText = String.join("\n", issues.stream().map(SampleExportGeneratorTest::customerSideText).toList());
        assertThat(customerText).contains("considering cancelling our contract", "switch providers", "refund",
                "我们考虑解约", "要求退订");
        // hand-offs of 2-3 changes, re-opens, chasers, unresolved recent tickets, happy 5s
        assertThat(issues.stream().filter(i -> assigneeChanges(i) >= 3).count()).as("hand-offs").isGreaterThan(20);
        assertThat(issues.stream().filter(i -> changes(i, "resolution").stream()
                .anyMatch(c -> !c.get("from").isJsonNull() && c.get("to").isJsonNull())).count())
                .as("re-opens").isGreaterThan(50);
        assertThat(issues.stream().filter(SampleExportGeneratorTest::hasChaser).count()).as("chasers").isGreaterThan(50);
        assertThat(issues.stream().filter(i -> fields(i).get("resolution").isJsonNull()
                && time(fields(i).get("created")).isAfter(AS_OF.minus(Duration.ofDays(7)))).count())
                .as("open recent tickets").isGreaterThan(5);
        assertThat(issues.stream().filter(i -> rating(i) == 5).count()).isGreaterThan(50);
        // drifting customers: in the last 90 days, a surge of 4+ tickets in 30 days with a repeated summary,
        // a low rating and churn intent
        Map<String, List<JsonObject>> recent = new TreeMap<>();
        for (JsonObject i : issues) {
            if (time(fields(i).get("created")).isAfter(AS_OF.minus(Duration.ofDays(90)))) {
                recent.computeIfAbsent(customer(i), k -> new ArrayList<>()).add(i);
            }
        }
        long drifting = recent.values().stream().filter(tickets -> surge(tickets) >= 4 && repeatedSummary(tickets)
                && tickets.stream().anyMatch(t -> rating(t) >= 1 && rating(t) <= 2)
                && tickets.stream().anyMatch(t -> customerSideText(t).contains("refund")
                || customerSideText(t).contains("退款"))).count();
        assertThat(drifting).isGreaterThanOrEqualTo(4);
    }

    @Test
    void valueFileHasTheDocumentedMix() throws IOException {
        List<CSVRecord> rows = csv(demoDir.resolve("values.csv"));
        assertThat(Files.readAllLines(demoDir.resolve("values.csv"), StandardCharsets.UTF_8).get(0))
                .isEqualTo("customer,annual_value,potential,churned_at,churn_type,unworthy");
        assertThat(rows).hasSize(142); // 8 of the 150 customers stay unrated
        Set<String> customers = new HashSet<>();
        int zero = 0;
        int blankPotential = 0;
        int unworthy = 0;
        int churned = 0;
        long max = 0;
        long minPositive = Long.MAX_VALUE;
        for (CSVRecord r : rows) {
            assertThat(customers.add(r.get("customer").toLowerCase(Locale.ROOT))).as(r.get("customer")).isTrue();
            long value = Long.parseLong(r.get("annual_value"));
            zero += value == 0 ? 1 : 0;
            max = Math.max(max, value);
            if (value > 0) {
                minPositive = Math.min(minPositive, value);
            }
            if (r.get("potential").isEmpty()) {
                blankPotential++;
            } else {
                assertThat(Integer.parseInt(r.get("potential"))).isBetween(0, 100);
            }
            unworthy += r.get("unworthy").equals("true") ? 1 : 0;
            if (!r.get("churned_at").isEmpty()) {
                churned++;
                assertThat(Instant.parse(r.get("churned_at"))).isBefore(AS_OF);
                assertThat(r.get("churn_type")).isIn("FORCED_TO_LEAVE", "ATTRACTED_BY_COMPETITOR", "LEFT_VOLUNTARILY");
            }
        }
        assertThat(zero).isBetween(2, 3);
        assertThat(blankPotential / 142.0).isBetween(0.08, 0.25);
        assertThat(unworthy).isBetween(1, 2);
        assertThat(churned).isBetween(2, demo.churned());
        assertThat(minPositive).isLessThan(1_000);
        assertThat(max).isGreaterThan(200_000).isLessThanOrEqualTo(2_000_000);
        assertThat(customers).contains("baker, lowe & co"); // a name that needs CSV quoting
        // organizations by name, individuals by username: every ticket's customer is a key of this file or unrated
        Set<String> ticketCustomers = new HashSet<>();
        issues.forEach(i -> ticketCustomers.add(customer(i).toLowerCase(Locale.ROOT)));
        Set<String> unrated = new HashSet<>(ticketCustomers);
        unrated.removeAll(customers);
        assertThat(unrated).hasSize(8);
    }

    @Test
    void callbackFileCoversMostResolvedComplaints() throws IOException {
        List<CSVRecord> rows = csv(demoDir.resolve("callbacks.csv"));
        assertThat(Files.readAllLines(demoDir.resolve("callbacks.csv"), StandardCharsets.UTF_8).get(0))
                .isEqualTo("ticket,attempted_at,outcome,rating,note");
        Map<String, JsonObject> byKey = new HashMap<>();
        issues.forEach(i -> byKey.put(i.get("key").getAsString(), i));
        Set<String> called = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        boolean quoted = false;
        for (CSVRecord r : rows) {
            JsonObject issue = byKey.get(r.get("ticket"));
            assertThat(issue).as(r.get("ticket")).isNotNull();
            assertThat(labels(issue)).contains("complaint");
            Instant at = Instant.parse(r.get("attempted_at"));
            assertThat(at).isAfter(time(fields(issue).get("resolutiondate"))).isBeforeOrEqualTo(AS_OF);
            outcomes.add(r.get("outcome"));
            if (!r.get("rating").isEmpty()) {
                assertThat(Integer.parseInt(r.get("rating"))).isBetween(1, 5);
            }
            quoted |= r.get("note").contains(",") && r.get("note").contains("\"");
            called.add(r.get("ticket"));
        }
        assertThat(outcomes).containsExactlyInAnyOrder("SATISFIED", "STILL_DISSATISFIED", "UNREACHABLE");
        assertThat(quoted).isTrue();
        long resolvedComplaints = issues.stream()
                .filter(i -> labels(i).contains("complaint") && !fields(i).get("resolution").isJsonNull()).count();
        assertThat(called.size() / (double) resolvedComplaints).isBetween(0.6, 0.95);
    }

    @Test
    void badRecordsAreThePlantedThreeAndTheReaderSkipsExactlyThose() throws IOException {
        JsonArray bad = page(demoDir.resolve("issues-bad.json")).getAsJsonArray("issues");
        assertThat(bad.size()).isEqualTo(3);
        assertThat(fields(bad.get(0).getAsJsonObject()).getAsJsonObject("customfield_10102").get("rating").getAsInt())
                .isEqualTo(7);
        assertThat(fields(bad.get(1).getAsJsonObject()).get("created").getAsString()).isEqualTo("not-a-date");
        assertThat(fields(bad.get(2).getAsJsonObject()).has("created")).isFalse();

        io.retentiondesk.testing.CollectingSink read = new io.retentiondesk.testing.CollectingSink();
        RestExportReader reader = new RestExportReader(Map.of());
        for (Path p : demo.files()) {
            if (p.toString().endsWith(".json")) {
                reader.read(p, read);
            }
        }
        assertThat(read.tickets.size()).isEqualTo(2400);
        assertThat(read.skipped).extracting(Skipped::position)
                .containsExactly("issues-bad.json#1", "issues-bad.json#2", "issues-bad.json#3");
    }

    @Test
    void sameSeedGivesTheSameBytes(@TempDir Path dir) throws IOException {
        SampleExportGenerator g = new SampleExportGenerator(42, AS_OF);
        SampleExportGenerator.Summary a = g.write(dir.resolve("a"), 3000, 60, 1000);
        SampleExportGenerator.Summary b = new SampleExportGenerator(42, AS_OF).write(dir.resolve("b"), 3000, 60, 1000);
        assertThat(a.files()).hasSize(5);
        for (Path f : a.files()) {
            Path other = dir.resolve("b").resolve(f.getFileName());
            assertThat(Files.mismatch(f, other)).as(f.getFileName().toString()).isEqualTo(-1L);
        }
        assertThat(b.toString()).isEqualTo(a.toString());
        SampleExportGenerator.writeDemo(dir.resolve("demo"));
        for (Path f : demo.files()) {
            assertThat(Files.mismatch(f, dir.resolve("demo").resolve(f.getFileName()))).as(f.getFileName().toString())
                    .isEqualTo(-1L);
        }
        new SampleExportGenerator(43, AS_OF).write(dir.resolve("c"), 3000, 60, 1000);
        assertThat(Files.mismatch(dir.resolve("a/issues-001.json"), dir.resolve("c/issues-001.json"))).isNotEqualTo(-1L);
    }

    @Test
    void aWorldWithHiddenWeightsChurnsByThemAloneAndMoreWhenPoorServiceWeighsMore(@TempDir Path dir)
            throws IOException {
        Map<RiskSignal, Double> none = Map.of(RiskSignal.LOW_RATING, 0d, RiskSignal.COMPLAINT, 0d,
                RiskSignal.REOPENED, 0d, RiskSignal.HANDOFFS, 0d, RiskSignal.CALLBACK_FAILED, 0d,
                RiskSignal.RECOVERED, 0d);
        Map<RiskSignal, Double> heavy = new java.util.EnumMap<>(none);
        heavy.put(RiskSignal.REOPENED, 60d);
        heavy.put(RiskSignal.HANDOFFS, 60d);
        SampleExportGenerator.Summary calm = new SampleExportGenerator(5, AS_OF).withChurnWeights(none)
                .write(dir.resolve("calm"), 12_000, 600, 1000);
        SampleExportGenerator.Summary harsh = new SampleExportGenerator(5, AS_OF).withChurnWeights(heavy)
                .write(dir.resolve("harsh"), 12_000, 600, 1000);
        // no planted churn story: nobody leaves with a ticket resolved "Churned", every churn is in values.csv
        for (Path page : harsh.files()) {
            if (page.getFileName().toString().endsWith(".json")) {
                assertThat(Files.readString(page)).doesNotContain("\"Churned\"");
            }
        }
        long recorded = csv(dir.resolve("harsh/values.csv")).stream()
                .filter(r -> !r.get("churned_at").isEmpty()).count();
        assertThat(recorded).isEqualTo(harsh.churned());
        // at weight 0 the baseline hazard alone (0.4 % a month); re-opens and hand-offs at 60 points (20×) add to it
        assertThat(harsh.churned()).isGreaterThan(calm.churned() + calm.churned() / 2);
    }

    @Test
    void streamsLargeExportsPageByPage(@TempDir Path dir) throws IOException {
        SampleExportGenerator.Summary s = new SampleExportGenerator(7, AS_OF).write(dir, 20_000, 400, 1000);
        assertThat(s.tickets()).isEqualTo(20_000);
        assertThat(s.customers()).isEqualTo(400);
        assertThat(s.plantedBadRecords()).isZero();
        assertThat(s.files()).hasSize(22);
        assertThat(dir.resolve("issues-020.json")).exists();
        assertThat(dir.resolve("issues-021.json")).doesNotExist();
        assertThat(dir.resolve("issues-bad.json")).doesNotExist();
        int expectedKey = 1;
        Instant previous = Instant.MIN;
        for (int k = 0; k < 20; k++) {
            JsonObject page = page(s.files().get(k));
            assertThat(page.get("startAt").getAsInt()).isEqualTo(k * 1000);
            assertThat(page.get("total").getAsInt()).isEqualTo(20_000);
            JsonArray pageIssues = page.getAsJsonArray("issues");
            assertThat(pageIssues.size()).isEqualTo(1000);
            for (JsonElement e : pageIssues) {
                assertThat(e.getAsJsonObject().get("key").getAsString()).isEqualTo("SUP-" + expectedKey++);
                Instant created = time(fields(e.getAsJsonObject()).get("created"));
                assertThat(created).isAfterOrEqualTo(previous);
                previous = created;
            }
        }
        assertThat(csv(dir.resolve("values.csv")).size()).isBetween(370, 390);
        assertThat(s.churned()).isBetween(15, 25);
        assertThat(s.rated() / (double) (s.tickets() - s.unresolved())).isBetween(0.12, 0.22);
    }

    @Test
    void rejectsImpossibleSizes(@TempDir Path dir) {
        SampleExportGenerator g = new SampleExportGenerator(1, AS_OF);
        assertThatThrownBy(() -> g.write(dir, -1, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.write(dir, 10, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.write(dir, 10, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fastTimeFormatsAgreeWithJavaTime() {
        SplittableRandom rnd = new SplittableRandom(1);
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
        DateTimeFormatter sla = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT).withZone(ZoneOffset.UTC);
        for (int k = 0; k < 10_000; k++) {
            long ms = rnd.nextLong(-30_000_000_000_000L, 250_000_000_000_000L);
            Instant t = Instant.ofEpochMilli(ms);
            assertThat(Times.jira(ms)).isEqualTo(JIRA.withZone(ZoneOffset.UTC).format(t));
            assertThat(Times.sla(ms)).isEqualTo(sla.format(t));
            assertThat(Times.utc(ms)).isEqualTo(utc.format(t));
        }
    }

    private static JsonObject page(Path p) throws IOException {
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(in).getAsJsonObject();
        }
    }

    private static List<CSVRecord> csv(Path p) throws IOException {
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            return parser.getRecords();
        }
    }

    private static JsonObject fields(JsonObject issue) {
        return issue.getAsJsonObject("fields");
    }

    private static Instant time(JsonElement e) {
        return JIRA.parse(e.getAsString(), Instant::from);
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<String> labels(JsonObject issue) {
        List<String> out = new ArrayList<>();
        fields(issue).getAsJsonArray("labels").forEach(l -> out.add(l.getAsString()));
        return out;
    }

    private static int rating(JsonObject issue) {
        JsonElement r = fields(issue).get("customfield_10102");
        return r.isJsonNull() ? 0 : r.getAsJsonObject().get("rating").getAsInt();
    }

    private static boolean isAgent(JsonObject user) {
        return user.get("emailAddress").getAsString().endsWith(AGENT_DOMAIN);
    }

    /** The customer key (SPEC §1): the only organization, else the reporter's username. */
    private static String customer(JsonObject issue) {
        JsonArray orgs = fields(issue).getAsJsonArray("customfield_10100");
        return orgs.size() == 1 ? orgs.get(0).getAsJsonObject().get("name").getAsString()
                : fields(issue).getAsJsonObject("reporter").get("name").getAsString();
    }

    private static String customerSideText(JsonObject issue) {
        StringBuilder sb = new StringBuilder();
        sb.append(fields(issue).get("summary").getAsString()).append('\n')
                .append(fields(issue).get("description").getAsString().toLowerCase(Locale.ROOT));
        for (JsonElement c : fields(issue).getAsJsonObject("comment").getAsJsonArray("comments")) {
            if (!isAgent(c.getAsJsonObject().getAsJsonObject("author"))) {
                sb.append('\n').append(c.getAsJsonObject().get("body").getAsString().toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static List<JsonObject> changes(JsonObject issue, String field) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement h : issue.getAsJsonObject("changelog").getAsJsonArray("histories")) {
            for (JsonElement item : h.getAsJsonObject().getAsJsonArray("items")) {
                if (item.getAsJsonObject().get("field").getAsString().equals(field)) {
                    out.add(item.getAsJsonObject());
                }
            }
        }
        return out;
    }

    private static int assigneeChanges(JsonObject issue) {
        return changes(issue, "assignee").size();
    }

    /** A customer-side comment right after a customer-side message (the description counts as the first). */
    private static boolean hasChaser(JsonObject issue) {
        boolean previousFromCustomer = true;
        for (JsonElement c : fields(issue).getAsJsonObject("comment").getAsJsonArray("comments")) {
            boolean fromCustomer = !isAgent(c.getAsJsonObject().getAsJsonObject("author"));
            if (fromCustomer && previousFromCustomer) {
                return true;
            }
            previousFromCustomer = fromCustomer;
        }
        return false;
    }

    private static int surge(List<JsonObject> tickets) {
        int best = 0;
        for (JsonObject t : tickets) {
            Instant created = time(fields(t).get("created"));
            int n = 0;
            for (JsonObject o : tickets) {
                Instant other = time(fields(o).get("created"));
                if (!other.isAfter(created) && other.isAfter(created.minus(Duration.ofDays(30)))) {
                    n++;
                }
            }
            best = Math.max(best, n);
        }
        return best;
    }

    private static boolean repeatedSummary(List<JsonObject> tickets) {
        Set<String> seen = new HashSet<>();
        for (JsonObject t : tickets) {
            if (!seen.add(fields(t).get("summary").getAsString())) {
                return true;
            }
        }
        return false;
    }
}
