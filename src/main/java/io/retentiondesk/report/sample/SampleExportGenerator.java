package io.retentiondesk.report.sample;

import com.google.gson.stream.JsonWriter;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.policy.Policy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic, realistic Jira Service Management (Data Center) export: REST search pages
 * ({@code /rest/api/2/search?expand=changelog,names,schema}) with JSM organizations, request types, SLA
 * cycles, satisfaction ratings and request participants, plus the {@code values.csv} and {@code callbacks.csv}
 * a team would keep beside it.
 *
 * <p>Why it exists: the {@code demo} command needs sample data that makes a report worth reading
 * ({@link #writeDemo(Path)}: 2,400 tickets of 150 customers, with churned customers, customers drifting towards
 * churn, happy customers and three planted bad records), and the benchmark needs exports of any size
 * ({@link #write(Path, int, int, int)}, e.g. a million tickets). {@code docs/sample-data.md} lists the
 * distributions and the stories planted.
 *
 * <pre>{@code
 * Summary demo = SampleExportGenerator.writeDemo(Path.of("out/demo/sample-export"));
 * Summary big = new SampleExportGenerator(7, SampleExportGenerator.DEMO_AS_OF)
 *         .write(Path.of("/tmp/bench"), 1_000_000, 5_000, 1_000);
 * }</pre>
 *
 * <p>Tickets are written in creation order and streamed page by page: the generator holds only per-customer
 * state, so a million tickets need no more memory than a thousand. The same seed, as-of time and sizes give
 * the same bytes on every JVM ({@link SplittableRandom}, {@link StrictMath}, no hash ordering, no clock, no
 * default locale). Nothing after the as-of time is written: the export is what Jira would return at that time.
 */
public final class SampleExportGenerator {
    /** The time the demo export is taken, and the as-of time of the demo report. */
    public static final Instant DEMO_AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    public static final long DEMO_SEED = 20260630L;
    public static final int DEMO_TICKETS = 2400;
    public static final int DEMO_CUSTOMERS = 150;
    public static final int DEMO_PAGE_SIZE = 500;
    /** Tickets are created over the 18 months before the as-of time. */
    static final int SPAN_DAYS = 540;
    static final int PLANTED_BAD_RECORDS = 3;
    private static final int BUFFER_CHARS = 1 << 18;

    private final long seed;
    private final Instant asOf;
    private final Map<RiskSignal, Double> churnWeights;

    public SampleExportGenerator(long seed, Instant asOf) {
        this(seed, asOf, null);
    }

    private SampleExportGenerator(long seed, Instant asOf, Map<RiskSignal, Double> churnWeights) {
        this.seed = seed;
        this.asOf = asOf;
        this.churnWeights = churnWeights;
    }

    /**
     * The same generator in a world where poor service drives churn with these hidden weights (points, read as
     * {@code 20·ln(relative risk)}; kinds left out count with their SPEC §5 default points): besides the planted
     * churn stories, ordinary customers leave with a hazard that grows with the low ratings, complaints, re-opens,
     * hand-offs and failed callbacks they met ({@link ChurnHazard}).
     *
     * @throws IllegalArgumentException for a signal other than {@link ChurnHazard#KINDS}
     */
    public SampleExportGenerator withChurnWeights(Map<RiskSignal, Double> weights) {
        for (RiskSignal s : weights.keySet()) {
            if (!ChurnHazard.KINDS.contains(s)) {
                throw new IllegalArgumentException("--churn-weights: " + s.name() + " cannot be weighted; expected "
                        + "one of " + hazardKinds());
            }
        }
        return new SampleExportGenerator(seed, asOf, new EnumMap<>(weights));
    }

    /** The kinds {@link #withChurnWeights} accepts, in signal order. */
    public static String hazardKinds() {
        StringBuilder sb = new StringBuilder();
        for (RiskSignal s : RiskSignal.values()) {
            if (ChurnHazard.KINDS.contains(s)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(s.name());
            }
        }
        return sb.toString();
    }

    /**
     * What was written.
     *
     * @param tickets           tickets in the {@code issues-NNN.json} pages (planted bad records not included)
     * @param customers         customers (organizations and individual reporters)
     * @param complaints        complaint tickets (type, request type or label "Complaint")
     * @param rated             tickets with a CSAT rating
     * @param churned           customers that have churned by the as-of time (a ticket resolved "Churned" and/or
     *                          a {@code churned_at} in {@code values.csv})
     * @param reopened          tickets re-opened at least once
     * @param unresolved        tickets without a resolution at the as-of time
     * @param callbackAttempts  rows of {@code callbacks.csv}
     * @param plantedBadRecords records in {@code issues-bad.json} that a strict reader must reject
     * @param files             files written: the pages in order, {@code issues-bad.json} if any, then
     *                          {@code values.csv} and {@code callbacks.csv}
     */
    public record Summary(int tickets, int customers, int complaints, int rated, int churned, int reopened,
                          int unresolved, int callbackAttempts, int plantedBadRecords, List<Path> files) {
        public Summary {
            files = List.copyOf(files);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "tickets: %,d; customers: %,d; complaints: %,d; rated: %,d; "
                            + "churned: %,d; reopened: %,d; unresolved: %,d; callback attempts: %,d; "
                            + "planted bad records: %d; files: %,d", tickets, customers, complaints, rated, churned,
                    reopened, unresolved, callbackAttempts, plantedBadRecords, files.size());
        }
    }

    /**
     * The bundled demo export: seed {@value #DEMO_SEED}, 2,400 tickets of 150 customers in pages of 500 as of
     * {@link #DEMO_AS_OF}, plus {@code issues-bad.json} with three records a strict reader must reject.
     */
    public static Summary writeDemo(Path dir) throws IOException {
        return new SampleExportGenerator(DEMO_SEED, DEMO_AS_OF)
                .write(dir, DEMO_TICKETS, DEMO_CUSTOMERS, DEMO_PAGE_SIZE, true);
    }

    /**
     * Writes {@code issues-001.json} … (pages of {@code pageSize}), {@code values.csv} and {@code callbacks.csv}
     * into {@code dir}, replacing files of the same names.
     *
     * @throws IllegalArgumentException when tickets &lt; 0, customers &lt; 1 or pageSize &lt; 1
     */
    public Summary write(Path dir, int tickets, int customers, int pageSize) throws IOException {
        return write(dir, tickets, customers, pageSize, false);
    }

    private Summary write(Path dir, int tickets, int customerCount, int pageSize, boolean plantBadRecords)
            throws IOException {
        if (tickets < 0 || customerCount < 1 || pageSize < 1) {
            throw new IllegalArgumentException("expected tickets >= 0, customers >= 1 and pageSize >= 1, got "
                    + tickets + ", " + customerCount + ", " + pageSize);
        }
        Files.createDirectories(dir);
        long asOfMs = asOf.toEpochMilli();
        long start = asOfMs - SPAN_DAYS * Times.DAY;
        SplittableRandom root = new SplittableRandom(seed);
        // separate streams: the cast does not depend on the ticket count, nor tickets on callback draws
        SplittableRandom castRnd = root.split();
        SplittableRandom ticketRnd = root.split();
        SplittableRandom callbackRnd = root.split();
        Cast cast = new Cast(customerCount, start, asOfMs, churnWeights == null, castRnd);
        TicketPlanner planner = new TicketPlanner(cast.agents, asOfMs, ticketRnd);
        ChurnHazard hazard = churnWeights == null ? null : new ChurnHazard(churnWeights,
                Policy.defaults().risk().points(), cast.customers, start, root.split());
        IssueWriter issues = new IssueWriter(asOfMs, planner);

        List<Path> files = new ArrayList<>();
        int complaints = 0;
        int rated = 0;
        int reopened = 0;
        int unresolved = 0;
        int attempts = 0;
        int nextScript = 0;
        Path callbackFile = dir.resolve("callbacks.csv");
        try (Writer callbacks = writer(callbackFile)) {
            callbacks.write("ticket,attempted_at,outcome,rating,note\n");
            int pages = Math.max(1, (tickets + pageSize - 1) / pageSize);
            for (int page = 0; page < pages; page++) {
                Path file = dir.resolve(String.format(Locale.ROOT, "issues-%03d.json", page + 1));
                files.add(file);
                int from = page * pageSize;
                int to = Math.min(tickets, from + pageSize);
                try (JsonWriter json = new JsonWriter(writer(file))) {
                    IssueWriter.beginPage(json, from, pageSize, tickets);
                    for (int n = from + 1; n <= to; n++) {
                        long created = slot(n, tickets, start, ticketRnd);
                        if (hazard != null) {
                            hazard.advance(created);
                        }
                        Script script = null;
                        Customer customer;
                        if (nextScript < cast.scripts.size() && cast.scripts.get(nextScript).at <= created) {
                            script = cast.scripts.get(nextScript++);
                            customer = script.customer;
                        } else {
                            customer = cast.pick(created, ticketRnd);
                        }
                        Plan p = planner.plan(n, created, customer, script);
                        if (hazard != null) {
                            hazard.ticket(p);
                        }
                        issues.issue(json, p);
                        if (p.churn && p.resolution != null) {
                            customer.churnTicketWritten = true;
                        }
                        complaints += p.complaint ? 1 : 0;
                        rated += p.rating > 0 ? 1 : 0;
                        reopened += p.reopens > 0 ? 1 : 0;
                        unresolved += p.resolution == null ? 1 : 0;
                        if (p.complaint && p.resolution != null) {
                            attempts += callbacks(callbacks, p, asOfMs, callbackRnd, hazard);
                        }
                    }
                    IssueWriter.endPage(json);
                }
            }
        }
        if (plantBadRecords) {
            Path bad = dir.resolve("issues-bad.json");
            writeBadRecords(bad, tickets, cast.customers[0]);
            files.add(bad);
        }
        Path values = dir.resolve("values.csv");
        int churned = writeValues(values, cast.customers, asOfMs);
        files.add(values);
        files.add(callbackFile);
        return new Summary(tickets, customerCount, complaints, rated, churned, reopened, unresolved, attempts,
                plantBadRecords ? PLANTED_BAD_RECORDS : 0, files);
    }

    /**
     * Creation time of the n-th of N tickets: monotonic in n so keys follow time, denser towards the as-of time
     * (volume grows), and within each day weighted to office hours.
     */
    private static long slot(int n, int total, long start, SplittableRandom rnd) {
        double u = (n - 1 + rnd.nextDouble()) / total;
        double at = StrictMath.pow(u, 0.75) * SPAN_DAYS;
        long day = (long) at;
        double f = at - day;
        // a monotonic warp of the day: 10 % of tickets 00-07h, 80 % 07-19h, 10 % 19-24h (UTC)
        double hour = f < 0.1 ? f / 0.1 * 7 : f < 0.9 ? 7 + (f - 0.1) / 0.8 * 12 : 19 + (f - 0.9) / 0.1 * 5;
        return start + day * Times.DAY + (long) (hour * Times.HOUR);
    }

    /**
     * Callback attempts for a resolved complaint: most get one, a fifth none (pending, then overdue); an
     * unreachable customer is tried again a day later, three times at most. Attempts after asOf have not
     * happened yet.
     */
    private static int callbacks(Writer out, Plan p, long asOf, SplittableRandom rnd, ChurnHazard hazard)
            throws IOException {
        int plan = p.callback;
        if (plan == Script.CALLBACK_USUAL && rnd.nextDouble() < 0.2) {
            plan = Script.CALLBACK_NONE;
        }
        if (plan == Script.CALLBACK_NONE) {
            return 0;
        }
        long at = p.resolvedAt + 3 * Times.HOUR + (long) (rnd.nextDouble() * 57 * Times.HOUR);
        if (rnd.nextDouble() < 0.1) {
            at += (2 + rnd.nextInt(5)) * Times.DAY; // late, as in seed 001's callback two months late
        }
        at = officeHours(at, rnd);
        int written = 0;
        while (written < 3 && at <= asOf) {
            String outcome;
            if (plan == Script.CALLBACK_FAILED) {
                outcome = "STILL_DISSATISFIED";
            } else if (plan == Script.CALLBACK_SATISFIED) {
                outcome = written == 0 && rnd.nextDouble() < 0.3 ? "UNREACHABLE" : "SATISFIED";
            } else {
                double x = rnd.nextDouble();
                outcome = x < 0.18 ? "UNREACHABLE" : x < 0.26 + 0.4 * p.trouble ? "STILL_DISSATISFIED" : "SATISFIED";
            }
            String rating;
            String[] notes;
            switch (outcome) {
                case "SATISFIED" -> {
                    rating = rnd.nextDouble() < 0.85 ? String.valueOf(4 + rnd.nextInt(2)) : "";
                    notes = Texts.CALLBACK_SATISFIED;
                }
                case "STILL_DISSATISFIED" -> {
                    rating = rnd.nextDouble() < 0.7 ? String.valueOf(1 + rnd.nextInt(2)) : "";
                    notes = Texts.CALLBACK_DISSATISFIED;
                }
                default -> {
                    rating = "";
                    notes = Texts.CALLBACK_UNREACHABLE;
                }
            }
            if (hazard != null) {
                hazard.callback(p.customer, at, outcome);
            }
            out.write(p.key + "," + Times.utc(at) + "," + outcome + "," + rating + ","
                    + csv(notes[rnd.nextInt(notes.length)]) + "\n");
            written++;
            if (!outcome.equals("UNREACHABLE")) {
                break;
            }
            at = officeHours(at + Times.DAY + rnd.nextLong(4 * Times.HOUR), rnd);
        }
        return written;
    }

    /** Moves a call to 08:00-18:00 UTC of the same or the next day: nobody phones customers at night. */
    private static long officeHours(long at, SplittableRandom rnd) {
        long day = Times.startOfDay(at);
        long hour = (at - day) / Times.HOUR;
        if (hour < 8) {
            return day + 8 * Times.HOUR + rnd.nextLong(2 * Times.HOUR);
        }
        if (hour >= 18) {
            return day + Times.DAY + 8 * Times.HOUR + rnd.nextLong(2 * Times.HOUR);
        }
        return at;
    }

    /** @return customers churned by asOf */
    private static int writeValues(Path file, Customer[] customers, long asOf) throws IOException {
        int churned = 0;
        try (Writer w = writer(file)) {
            w.write("customer,annual_value,potential,churned_at,churn_type,unworthy\n");
            for (Customer c : customers) {
                boolean recorded = c.churns() && c.churnRecorded && c.churnAt <= asOf;
                if (c.churns() && (c.churnTicketWritten || recorded)) {
                    churned++;
                }
                if (!c.valueRow) {
                    continue;
                }
                // finance records the day the contract ended, at or before the churn ticket's resolution
                String churnedAt = recorded ? Times.utc(Times.startOfDay(c.churnAt)) : "";
                w.write(csv(c.key) + "," + c.annualValue + "," + (c.potential < 0 ? "" : c.potential) + ","
                        + churnedAt + "," + (recorded ? Customer.CHURN_TYPES[c.churnType] : "") + ","
                        + (c.unworthy ? "true" : "") + "\n");
            }
        }
        return churned;
    }

    /**
     * Three otherwise ordinary issues, each with one fault a strict reader must reject: a satisfaction rating
     * of 7, a creation date that is not a date, and no creation date at all.
     */
    private void writeBadRecords(Path file, int tickets, Customer customer) throws IOException {
        User reporter = customer.reporters[0];
        String created = Times.jira(asOf.toEpochMilli() - 20 * Times.DAY + 10 * Times.HOUR);
        String resolved = Times.jira(asOf.toEpochMilli() - 19 * Times.DAY + 15 * Times.HOUR);
        try (JsonWriter j = new JsonWriter(writer(file))) {
            IssueWriter.beginPage(j, 0, PLANTED_BAD_RECORDS, PLANTED_BAD_RECORDS);
            for (int k = 1; k <= PLANTED_BAD_RECORDS; k++) {
                int number = tickets + k;
                String id = String.valueOf(10_000 + number);
                j.beginObject();
                j.name("id").value(id);
                j.name("key").value("SUP-" + number);
                j.name("self").value(IssueWriter.BASE_URL + "/rest/api/2/issue/" + id);
                j.name("fields").beginObject();
                j.name("summary").value(k == 1 ? "Printer on floor 3 is offline" : k == 2
                        ? "Password reset link has expired" : "Invoice amount does not match the quote");
                j.name("issuetype").beginObject().name("name").value("Service Request").endObject();
                j.name("priority").beginObject().name("name").value("Medium").endObject();
                j.name("status").beginObject().name("name").value("Resolved").endObject();
                if (k == 2) {
                    j.name("created").value("not-a-date");
                } else if (k == 1) {
                    j.name("created").value(created);
                }
                j.name("resolutiondate").value(resolved);
                j.name("resolution").beginObject().name("name").value("Done").endObject();
                j.name("reporter");
                IssueWriter.user(j, reporter);
                j.name(IssueWriter.ORGANIZATIONS).beginArray();
                if (customer.organization) {
                    j.beginObject().name("id").value(customer.orgId).name("name").value(customer.key).endObject();
                }
                j.endArray();
                j.name(IssueWriter.SATISFACTION);
                if (k == 1) {
                    j.beginObject().name("rating").value(7).endObject();
                } else {
                    j.nullValue();
                }
                j.endObject();
                j.endObject();
            }
            IssueWriter.endPage(j);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                BUFFER_CHARS);
    }

    private static String csv(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
