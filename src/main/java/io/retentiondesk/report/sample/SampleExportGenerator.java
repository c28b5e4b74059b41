package io.retentiondesk.report.sample;

import com.google.gson.stream.JsonWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic, realistic Jira Service Management export: REST search pages
 * ({@code expand=changelog,names,schema}) with JSM organizations, request types, SLAs, satisfaction ratings and
 * request participants, plus {@code values.csv} and {@code callbacks.csv}. It is the bundled sample data of
 * {@code demo} and the input of {@code bench}; {@code docs/sample-data.md} describes what it plants.
 *
 * <p>Streams: only per-customer state is held, so a million tickets need no more memory than a thousand.
 * The same seed gives the same bytes.
 */
public final class SampleExportGenerator {
    public static final Instant DEMO_AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    public static final long DEMO_SEED = 20260630L;
    static final int DEMO_TICKETS = 2400;
    static final int DEMO_CUSTOMERS = 150;
    private static final DateTimeFormatter JIRA =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] REQUEST_TYPES = {"Get IT help", "Billing question", "Report a bug", "Account access",
        "Complaint"};
    private static final String[][] SUMMARIES = {
        {"Cannot connect to VPN", "Laptop will not start", "Printer offline on floor 3", "Email not syncing"},
        {"Invoice amount is wrong", "Charged twice this month", "Need a copy of last invoice", "Change billing address"},
        {"Export button does nothing", "Dashboard shows no data", "Report crashes on save", "Search returns errors"},
        {"Password reset link expired", "Account locked after login attempts", "Add a new user", "Remove a leaver"},
        {"Unhappy with support response", "Engineer was rude on the phone", "Repeated outage, very disappointed",
            "Product stopped working again"}};
    private static final String[] INTENT = {"We are considering cancelling our contract.",
        "If this is not fixed we will switch providers.", "Please process a refund for this period.",
        "我们考虑解约。", "我们要求退订这项服务。"};
    private static final String[] CATEGORIES = {"product-quality", "staff-attitude", "misuse", "misunderstanding"};
    private static final String[] ORG_WORDS = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne",
        "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Vandelay", "Pied Piper", "Dunder", "Gringotts", "Oscorp"};
    private static final String[] ORG_SUFFIX = {"Ltd", "GmbH", "Inc", "Group", "Logistics", "Retail", "Health",
        "Finance", "Labs", "Foods"};
    private static final int AGENTS = 12;
    private static final long DAY = 86_400_000L;

    private final long seed;
    private final Instant asOf;

    public SampleExportGenerator(long seed, Instant asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    /**
     * What was written.
     *
     * @param tickets    tickets written (bad records included)
     * @param customers  customers
     * @param complaints complaint tickets
     * @param rated      tickets with a CSAT rating
     * @param churned    customers that churn
     * @param badRecords records planted to be rejected
     * @param files      files written, issues pages first
     */
    public record Summary(int tickets, int customers, int complaints, int rated, int churned, int badRecords,
                          List<Path> files) {
        public Summary {
            files = List.copyOf(files);
        }
    }

    /** The bundled demo export: 2,400 tickets of 150 customers over 18 months before {@link #DEMO_AS_OF}. */
    public static Summary writeDemo(Path dir) throws IOException {
        return new SampleExportGenerator(DEMO_SEED, DEMO_AS_OF).write(dir, DEMO_TICKETS, DEMO_CUSTOMERS, 500, true);
    }

    public Summary write(Path dir, int tickets, int customers, int pageSize) throws IOException {
        return write(dir, tickets, customers, pageSize, false);
    }

    private Summary write(Path dir, int tickets, int customerCount, int pageSize, boolean plantBadRecords)
            throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Customer> customers = customers(customerCount, rnd);
        List<Path> files = new ArrayList<>();
        Counts counts = new Counts();
        Instant start = asOf.minus(Duration.ofDays(540));
        try (Writer callbacks = Files.newBufferedWriter(dir.resolve("callbacks.csv"), StandardCharsets.UTF_8)) {
            callbacks.write("ticket,attempted_at,outcome,rating,note\n");
            int pages = (tickets + pageSize - 1) / pageSize;
            for (int page = 0; page < pages; page++) {
                Path file = dir.resolve(String.format(Locale.ROOT, "issues-%03d.json", page + 1));
                files.add(file);
                int from = page * pageSize;
                int to = Math.min(tickets, from + pageSize);
                try (JsonWriter json = new JsonWriter(new BufferedWriter(
                        Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16))) {
                    beginPage(json, from, pageSize, tickets);
                    for (int n = from; n < to; n++) {
                        // ticket volume grows over the 18 months (spacing by a power below 1)
                        double position = Math.pow((n + rnd.nextDouble()) / tickets, 0.8);
                        Instant created = start.plusMillis((long) (position * 540 * DAY));
                        Customer c = pick(customers, rnd);
                        issue(json, n + 1, created, c, rnd, counts, callbacks);
                    }
                    endPage(json);
                }
            }
        }
        if (plantBadRecords) {
            Path bad = dir.resolve("issues-bad.json");
            Files.writeString(bad, badRecords(tickets), StandardCharsets.UTF_8);
            files.add(bad);
        }
        Path values = dir.resolve("values.csv");
        writeValues(values, customers);
        files.add(values);
        files.add(dir.resolve("callbacks.csv"));
        int churned = (int) customers.stream().filter(c -> c.churnAt != null).count();
        return new Summary(tickets + (plantBadRecords ? 3 : 0), customers.size(), counts.complaints, counts.rated,
                churned, plantBadRecords ? 3 : 0, files);
    }

    /** Per-customer profile; "mood" drives how its tickets go (0 happy … 1 about to leave). */
    private static final class Customer {
        int id;
        String name;
        boolean organization;
        List<String[]> reporters = new ArrayList<>(); // name, display, email
        double mood;
        double weight;
        double value;
        Integer potential;
        Instant churnAt;
        boolean churnRecorded;
        boolean unworthy;
        boolean valueKnown = true;
        boolean churnTicketWritten;
    }

    private List<Customer> customers(int count, SplittableRandom rnd) {
        List<Customer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Customer c = new Customer();
            c.id = i + 1;
            c.organization = i % 7 != 3; // about 85 % organizations, the rest individual reporters
            String base = ORG_WORDS[i % ORG_WORDS.length] + " " + ORG_SUFFIX[(i / ORG_WORDS.length) % ORG_SUFFIX.length];
            c.name = i < ORG_WORDS.length * ORG_SUFFIX.length ? base : base + " " + (i / (ORG_WORDS.length * ORG_SUFFIX.length));
            int reporters = c.organization ? 1 + rnd.nextInt(4) : 1;
            for (int r = 0; r < reporters; r++) {
                String user = "cust" + i + "u" + r;
                String domain = c.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example";
                c.reporters.add(new String[] {user, "Customer " + i + "." + r, user + "@" + domain});
            }
            if (!c.organization) {
                c.name = c.reporters.get(0)[0];
            }
            c.value = Math.round(500 * Math.pow(1 - rnd.nextDouble(), -1 / 1.1));
            c.value = Math.min(c.value, 2_000_000);
            c.weight = 0.4 + rnd.nextDouble() + (c.value > 50_000 ? 0.5 : 0);
            c.potential = rnd.nextInt(100) < 15 ? null : rnd.nextInt(101);
            c.mood = rnd.nextDouble() * 0.5;
            if (i % 19 == 5) {
                c.mood = 0.85 + rnd.nextDouble() * 0.15; // drifting to churn
            }
            if (i % 21 == 8) {
                c.mood = 0.9;
                c.churnAt = asOf.minus(Duration.ofDays(20 + rnd.nextInt(300)));
                c.churnRecorded = rnd.nextBoolean();
            }
            if (i % 53 == 13) {
                c.unworthy = true;
            }
            if (i % 19 == 11) {
                c.valueKnown = false;
            }
            if (i % 61 == 30) {
                c.value = 0;
            }
            out.add(c);
        }
        return out;
    }

    private static Customer pick(List<Customer> customers, SplittableRandom rnd) {
        double total = 0;
        for (Customer c : customers) {
            total += c.weight;
        }
        double x = rnd.nextDouble() * total;
        for (Customer c : customers) {
            x -= c.weight;
            if (x <= 0) {
                return c;
            }
        }
        return customers.get(customers.size() - 1);
    }

    private static final class Counts {
        int complaints;
        int rated;
    }

    private void issue(JsonWriter j, int n, Instant created, Customer c, SplittableRandom rnd, Counts counts,
                       Writer callbacks) throws IOException {
        String key = "SUP-" + n;
        boolean afterChurn = c.churnAt != null && created.isAfter(c.churnAt);
        if (afterChurn) {
            created = c.churnAt.minus(Duration.ofDays(1 + rnd.nextInt(40)));
        }
        double mood = c.mood;
        boolean recent = Duration.between(created, asOf).toDays() < 90;
        double badness = recent ? mood : mood * 0.5;
        int typeIndex = rnd.nextDouble() < 0.04 + 0.2 * badness ? 4 : rnd.nextInt(4);
        boolean complaint = typeIndex == 4;
        String[] reporter = c.reporters.get(rnd.nextInt(c.reporters.size()));
        String summary = SUMMARIES[typeIndex][rnd.nextInt(badness > 0.7 ? 2 : 4)];
        String priority = new String[] {"Highest", "High", "Medium", "Medium", "Low", "Lowest"}[rnd.nextInt(6)];
        int agent = rnd.nextInt(AGENTS);

        long createdMs = created.toEpochMilli();
        double speed = 0.5 + badness * 6 * rnd.nextDouble();
        long firstResponse = createdMs + (long) ((0.2 + rnd.nextDouble() * 6) * speed * 3_600_000L);
        long resolvedMs = firstResponse + (long) ((1 + rnd.nextDouble() * 40) * speed * 3_600_000L);
        boolean resolved = resolvedMs < asOf.toEpochMilli() && rnd.nextDouble() > 0.03;
        boolean reopened = resolved && rnd.nextDouble() < 0.05 + 0.25 * badness;
        long reopenMs = resolvedMs + (long) (rnd.nextDouble() * 48 * 3_600_000L);
        long finalResolvedMs = reopened ? reopenMs + (long) ((2 + rnd.nextDouble() * 48) * 3_600_000L) : resolvedMs;
        if (reopened && finalResolvedMs >= asOf.toEpochMilli()) {
            resolved = false;
        }
        int handoffs = rnd.nextDouble() < 0.1 + 0.3 * badness ? 1 + rnd.nextInt(3) : 0;
        String resolutionName = rnd.nextDouble() < 0.06 ? "Won't Do" : "Done";
        // a churned customer without a recorded date leaves through one ticket resolved "Churned"
        boolean closedChurn = c.churnAt != null && !c.churnRecorded && !c.churnTicketWritten
                && (afterChurn || Duration.between(created, c.churnAt).toDays() <= 30);
        if (closedChurn) {
            c.churnTicketWritten = true;
            resolutionName = "Churned";
            finalResolvedMs = c.churnAt.toEpochMilli();
            resolved = true;
            reopened = false;
        }

        j.beginObject();
        j.name("id").value(String.valueOf(10000 + n));
        j.name("key").value(key);
        j.name("self").value("https://jira.example.com/rest/api/2/issue/" + (10000 + n));
        j.name("fields").beginObject();
        j.name("summary").value(summary);
        String description = "Hello, " + summary.toLowerCase(Locale.ROOT) + ". Can you help?";
        if (recent && badness > 0.8 && rnd.nextDouble() < 0.25) {
            description += " " + INTENT[rnd.nextInt(INTENT.length)];
        }
        j.name("description").value(description);
        j.name("issuetype").beginObject().name("name").value(complaint ? "Complaint" : typeIndex == 2 ? "Incident"
                : "Service Request").endObject();
        j.name("priority").beginObject().name("name").value(priority).endObject();
        j.name("status").beginObject().name("name").value(resolved ? "Resolved" : "Open").endObject();
        j.name("created").value(JIRA.format(created));
        if (resolved) {
            j.name("resolutiondate").value(JIRA.format(Instant.ofEpochMilli(finalResolvedMs)));
            j.name("resolution").beginObject().name("name").value(resolutionName).endObject();
        } else {
            j.name("resolutiondate").nullValue();
            j.name("resolution").nullValue();
        }
        j.name("reporter");
        user(j, reporter[0], reporter[1], reporter[2]);
        j.name("assignee");
        int finalAgent = (agent + handoffs) % AGENTS;
        agent(j, finalAgent);
        j.name("labels").beginArray();
        if (complaint) {
            j.value("complaint");
            j.value(CATEGORIES[rnd.nextInt(CATEGORIES.length)]);
        }
        j.endArray();
        j.name("components").beginArray().beginObject().name("name")
                .value(new String[] {"Billing", "Network", "Accounts", "Platform"}[typeIndex % 4]).endObject().endArray();

        // comments: agent reply at first response, occasional customer chasers, intent words from unhappy customers
        j.name("comment").beginObject();
        j.name("startAt").value(0);
        List<Object[]> comments = new ArrayList<>();
        if (rnd.nextDouble() < 0.15 + 0.3 * badness) {
            comments.add(new Object[] {createdMs + (firstResponse - createdMs) / 2, reporter, "Any update on this?"});
        }
        comments.add(new Object[] {firstResponse, null, "Thanks, we are looking into it."});
        if (recent && badness > 0.8 && rnd.nextDouble() < 0.3) {
            comments.add(new Object[] {firstResponse + 3_600_000L, reporter, INTENT[rnd.nextInt(INTENT.length)]});
        }
        if (resolved) {
            comments.add(new Object[] {finalResolvedMs - 60_000L, null, "This should be fixed now."});
        }
        j.name("maxResults").value(comments.size()).name("total").value(comments.size());
        j.name("comments").beginArray();
        int cid = 1;
        for (Object[] cm : comments) {
            long at = (Long) cm[0];
            if (at >= asOf.toEpochMilli()) {
                continue;
            }
            j.beginObject().name("id").value(String.valueOf(cid++)).name("author");
            if (cm[1] == null) {
                agent(j, finalAgent);
            } else {
                String[] u = (String[]) cm[1];
                user(j, u[0], u[1], u[2]);
            }
            String when = JIRA.format(Instant.ofEpochMilli(at));
            j.name("body").value((String) cm[2]).name("created").value(when).name("updated").value(when).endObject();
        }
        j.endArray().endObject();

        // JSM fields
        j.name("customfield_10100").beginArray();
        if (c.organization) {
            j.beginObject().name("id").value(c.id).name("name").value(c.name).endObject();
        }
        j.endArray();
        j.name("customfield_10101").beginObject().name("requestType").beginObject()
                .name("id").value(String.valueOf(10 + typeIndex)).name("name").value(REQUEST_TYPES[typeIndex])
                .endObject().endObject();
        boolean rated = resolved && !closedChurn && rnd.nextDouble() < 0.15;
        if (rated) {
            counts.rated++;
            int rating = (int) Math.max(1, Math.min(5, Math.round(5 - badness * 4 - rnd.nextDouble() * 1.5 + 0.7)));
            j.name("customfield_10102").beginObject().name("rating").value(rating).endObject();
            j.name("customfield_10103").value(JIRA.format(Instant.ofEpochMilli(
                    Math.min(asOf.toEpochMilli() - 1000, finalResolvedMs + 6 * 3_600_000L))));
        } else {
            j.name("customfield_10102").nullValue();
            j.name("customfield_10103").nullValue();
        }
        if (rnd.nextDouble() < 0.6 && firstResponse < asOf.toEpochMilli()) {
            long goal = 4 * 3_600_000L;
            j.name("customfield_10104");
            sla(j, "1", "Time to first response", createdMs, firstResponse, goal);
            if (resolved) {
                j.name("customfield_10105");
                sla(j, "2", "Time to resolution", createdMs, finalResolvedMs, 48 * 3_600_000L);
            } else {
                j.name("customfield_10105").nullValue();
            }
        } else {
            j.name("customfield_10104").nullValue();
            j.name("customfield_10105").nullValue();
        }
        j.name("customfield_10106").beginArray();
        if (c.reporters.size() > 1 && rnd.nextDouble() < 0.2) {
            String[] other = c.reporters.get((c.reporters.indexOf(reporter) + 1) % c.reporters.size());
            user(j, other[0], other[1], other[2]);
        }
        j.endArray();
        j.endObject(); // fields

        // change history consistent with the fields
        j.name("changelog").beginObject();
        List<long[]> handoffTimes = new ArrayList<>();
        for (int h = 0; h < handoffs; h++) {
            handoffTimes.add(new long[] {firstResponse + (h + 1) * 1_800_000L, (agent + h) % AGENTS, (agent + h + 1) % AGENTS});
        }
        int histories = 1 + handoffs + (resolved ? 1 : 0) + (reopened ? 2 : 0);
        j.name("startAt").value(0).name("maxResults").value(histories).name("total").value(histories);
        j.name("histories").beginArray();
        int hid = 1;
        history(j, key, hid++, createdMs + 60_000L, "assignee", null, null, agentName(agent), "Agent " + agent);
        for (long[] h : handoffTimes) {
            if (h[0] < asOf.toEpochMilli()) {
                history(j, key, hid++, h[0], "assignee", agentName((int) h[1]), "Agent " + h[1],
                        agentName((int) h[2]), "Agent " + h[2]);
            }
        }
        if (reopened && resolved) {
            history(j, key, hid++, resolvedMs, "resolution", null, null, "10000", "Done");
            history(j, key, hid++, reopenMs, "resolution", "10000", "Done", null, null);
        }
        if (resolved) {
            history(j, key, hid, finalResolvedMs, "resolution", null, null, "10001", resolutionName);
        }
        j.endArray().endObject();
        j.endObject();

        if (complaint) {
            counts.complaints++;
            if (resolved && rnd.nextDouble() < 0.8) {
                callbacks(callbacks, key, finalResolvedMs, badness, rnd);
            }
        }
    }

    private void callbacks(Writer out, String key, long resolvedMs, double badness, SplittableRandom rnd)
            throws IOException {
        long at = resolvedMs + (long) ((4 + rnd.nextDouble() * 90) * 3_600_000L);
        int attempts = 0;
        while (at < asOf.toEpochMilli() && attempts < 3) {
            attempts++;
            double x = rnd.nextDouble();
            String outcome = x < 0.2 ? "UNREACHABLE" : x < 0.2 + 0.5 * badness ? "STILL_DISSATISFIED" : "SATISFIED";
            String rating = outcome.equals("UNREACHABLE") ? "" : String.valueOf(outcome.equals("SATISFIED") ? 4 + rnd.nextInt(2)
                    : 1 + rnd.nextInt(2));
            String note = switch (outcome) {
                case "UNREACHABLE" -> "No answer, left a voicemail";
                case "SATISFIED" -> "\"Works now\", customer thanked us";
                default -> "Still broken, wants a manager to call back";
            };
            out.write(key + "," + ISO.format(Instant.ofEpochMilli(at)) + "," + outcome + "," + rating + ","
                    + csv(note) + "\n");
            if (!outcome.equals("UNREACHABLE")) {
                return;
            }
            at += 24 * 3_600_000L;
        }
    }

    private void writeValues(Path file, List<Customer> customers) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("customer,annual_value,potential,churned_at,churn_type,unworthy\n");
            String[] types = {"NATURAL", "COMPETITION", "DISSATISFACTION", "PRICE"};
            int i = 0;
            for (Customer c : customers) {
                i++;
                if (!c.valueKnown) {
                    continue;
                }
                String churned = c.churnAt != null && c.churnRecorded ? ISO.format(c.churnAt) : "";
                String type = churned.isEmpty() ? "" : types[i % types.length];
                w.write(csv(c.name) + "," + (long) c.value + "," + (c.potential == null ? "" : c.potential) + ","
                        + churned + "," + type + "," + (c.unworthy ? "true" : "") + "\n");
            }
        }
    }

    private static String badRecords(int tickets) {
        String ok = "\"reporter\":{\"name\":\"bad1\"},\"issuetype\":{\"name\":\"Incident\"},\"summary\":\"Planted bad record\"";
        return "{\"startAt\":0,\"maxResults\":3,\"total\":3,\"issues\":[\n"
                + "{\"key\":\"SUP-" + (tickets + 1) + "\",\"fields\":{\"created\":\"2026-06-01T10:00:00.000+0000\"," + ok
                + ",\"customfield_10102\":{\"rating\":7}}},\n"
                + "{\"key\":\"SUP-" + (tickets + 2) + "\",\"fields\":{\"created\":\"not-a-date\"," + ok + "}},\n"
                + "{\"key\":\"SUP-" + (tickets + 3) + "\",\"fields\":{" + ok + "}}\n],\n"
                + "\"names\":{\"customfield_10102\":\"Satisfaction\"},"
                + "\"schema\":{\"customfield_10102\":{\"type\":\"sd-feedback\",\"custom\":\"com.atlassian.servicedesk:sd-request-feedback\"}}}\n";
    }

    private static void sla(JsonWriter j, String id, String name, long start, long stop, long goal) throws IOException {
        j.beginObject().name("id").value(id).name("name").value(name);
        j.name("completedCycles").beginArray().beginObject();
        j.name("startTime");
        time(j, start);
        j.name("stopTime");
        time(j, stop);
        j.name("breached").value(stop - start > goal);
        j.name("goalDuration").beginObject().name("millis").value(goal).endObject();
        j.name("elapsedTime").beginObject().name("millis").value(stop - start).endObject();
        j.name("remainingTime").beginObject().name("millis").value(goal - (stop - start)).endObject();
        j.endObject().endArray().endObject();
    }

    private static void time(JsonWriter j, long ms) throws IOException {
        j.beginObject().name("iso8601").value(JIRA.format(Instant.ofEpochMilli(ms))).name("epochMillis").value(ms).endObject();
    }

    private static void history(JsonWriter j, String key, int id, long at, String field, String from, String fromString,
                                String to, String toString) throws IOException {
        j.beginObject().name("id").value(key + "-" + id);
        j.name("created").value(JIRA.format(Instant.ofEpochMilli(at)));
        j.name("items").beginArray().beginObject().name("field").value(field).name("fieldtype").value("jira");
        j.name("from").value(from).name("fromString").value(fromString).name("to").value(to).name("toString").value(toString);
        j.endObject().endArray().endObject();
    }

    private static void user(JsonWriter j, String name, String display, String email) throws IOException {
        j.beginObject().name("name").value(name).name("key").value("JIRAUSER" + Math.abs(name.hashCode() % 100000))
                .name("emailAddress").value(email).name("displayName").value(display).endObject();
    }

    private static void agent(JsonWriter j, int agent) throws IOException {
        user(j, agentName(agent), "Agent " + agent, agentName(agent) + "@support.example.com");
    }

    private static String agentName(int agent) {
        return "agent" + agent;
    }

    private static void beginPage(JsonWriter j, int startAt, int pageSize, int total) throws IOException {
        j.beginObject();
        j.name("expand").value("schema,names");
        j.name("startAt").value(startAt).name("maxResults").value(pageSize).name("total").value(total);
        j.name("issues").beginArray();
    }

    private static void endPage(JsonWriter j) throws IOException {
        j.endArray();
        j.name("names").beginObject();
        String[][] fields = {{"10100", "Organizations"}, {"10101", "Customer Request Type"}, {"10102", "Satisfaction"},
            {"10103", "Satisfaction date"}, {"10104", "Time to first response"}, {"10105", "Time to resolution"},
            {"10106", "Request participants"}};
        for (String[] f : fields) {
            j.name("customfield_" + f[0]).value(f[1]);
        }
        j.endObject();
        j.name("schema").beginObject();
        schema(j, "10100", "array", "sd-customerorganization", "com.atlassian.servicedesk:sd-customer-organizations");
        schema(j, "10101", "sd-customerrequesttype", null, "com.atlassian.servicedesk:vp-origin");
        schema(j, "10102", "sd-feedback", null, "com.atlassian.servicedesk:sd-request-feedback");
        schema(j, "10103", "datetime", null, "com.atlassian.servicedesk:sd-request-feedback-date");
        schema(j, "10104", "sd-servicelevelagreement", null, "com.atlassian.servicedesk:sd-sla-field");
        schema(j, "10105", "sd-servicelevelagreement", null, "com.atlassian.servicedesk:sd-sla-field");
        schema(j, "10106", "array", "user", "com.atlassian.servicedesk:sd-request-participants");
        j.endObject();
        j.endObject();
    }

    private static void schema(JsonWriter j, String id, String type, String items, String custom) throws IOException {
        j.name("customfield_" + id).beginObject().name("type").value(type);
        if (items != null) {
            j.name("items").value(items);
        }
        j.name("custom").value(custom).name("customId").value(Long.parseLong(id)).endObject();
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
