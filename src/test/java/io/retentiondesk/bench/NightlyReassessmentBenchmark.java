package io.retentiondesk.bench;

import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.MockJsm;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.TicketRecorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.mockito.Mockito.mock;

/**
 * The nightly re-assessment (SPEC §10): {@link ChurnAssessment#reassess} for each of 10,000 customers with 20
 * stored records each (200,000 records) on embedded HSQLDB, from the records alone (no Jira reads); the goal is
 * under 60 s for all. The baseline in the same run, {@code readEveryWindow}, only reads and parses the same
 * records ({@link TicketRecords#window} for each customer), so the ratio of the two says what the assessment itself
 * adds. One pass over all customers is one operation, timed three times after two warm-up passes, each benchmark
 * in a JVM of its own. Not a test: run it with
 * {@code mvn -B -q test-compile exec:exec@bench -Dbench=NightlyReassessmentBenchmark} (README, "Jira-side
 * performance").
 *
 * <p>Seeding writes each record through {@link TicketRecords#save}, as the post-functions do, one customer per
 * {@code executeInTransaction} (the test helper runs it as it is, each statement committed alone); it takes one to
 * two minutes per JVM and is not timed. Every record is in the 180-day risk window, its
 * customer's reporters are known and its tier is the customer's, so the records are exact and no repair is due.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class NightlyReassessmentBenchmark {
    private static final Tier[] TIERS = {Tier.KEY, Tier.MAJOR, Tier.ORDINARY, Tier.ORDINARY, Tier.SMALL, Tier.SMALL};

    @Param("10000")
    public int customers;

    @Param("20")
    public int ticketsEach;

    private final List<CustomerKey> keys = new ArrayList<>();
    private TicketRecords records;
    private ChurnAssessment churn;
    private Duration window;
    private Duration recoveries;

    @Setup(Level.Trial)
    public void seed() throws SQLException {
        Instant now = Instant.now();
        EntityManagerActiveObjects db = EntityManagerActiveObjects.migratedAll();
        MockJsm jsm = new MockJsm();
        CustomerRegistry registry = new CustomerRegistry(db);
        records = new TicketRecords(db);
        // the nightly path reads no Jira: the recorder and the field writer are there only for the constructor
        churn = new ChurnAssessment(new TicketRecorder(mock(JiraTicketReader.class), jsm.on(mock(
                com.atlassian.jira.issue.Issue.class)), registry, records, new io.retentiondesk.jira.ao.TicketLinks(db), new CallbackLog(db), jsm.policies),
                records, registry, jsm.policies, new RetentionFieldWriter(jsm.customFields, new io.retentiondesk.jira.customfield.FieldFindings()));
        CustomerAssessment assessment = jsm.policies.assessment();
        long version = jsm.policies.version();
        Policy policy = assessment.engine().policy();
        window = Duration.ofDays(policy.risk().windowDays());
        recoveries = window.plusDays(policy.risk().repeatComplaintDays());

        long started = System.nanoTime();
        long issueId = 100_000L;
        for (int c = 0; c < customers; c++) {
            String name = String.format("Customer %05d", c);
            CustomerKey customer = CustomerKey.of(name);
            Tier tier = TIERS[c % TIERS.length];
            String ann = "ann-" + c;
            String bob = "bob-" + c;
            String agent = "agent-" + c % 11;
            Set<String> reporters = Set.of(ann, bob);
            registry.saveTier(customer, tier);
            long firstId = issueId;
            db.executeInTransaction(() -> {
                for (int t = 0; t < ticketsEach; t++) {
                    // spread over the last 160 days, newest first; each customer a little apart
                    Instant created = now.minus(Duration.ofHours(2L + t * 192L + (firstId % 97)));
                    TicketBuilder ticket = new TicketBuilder("SUP-" + (firstId + t), created)
                            .reporter(Person.named(t % 3 == 0 ? bob : ann)).organization(name)
                            .issueType(t % 6 == 0 ? "Complaint" : "Service request").priority("Medium")
                            .summary((t % 4 == 0 ? "Export fails on invoices " : "Question about plan ") + t % 5)
                            .comment(Person.named(agent), created.plus(Duration.ofHours(3)), "on it")
                            .comment(Person.named(ann), created.plus(Duration.ofHours(5)), "thanks");
                    if (t > 0) {
                        ticket.resolution("Done", created.plus(Duration.ofHours(20L + t % 4 * 30L)));
                    }
                    records.save(firstId + t, assessment.evaluate(ticket.build(), customer, reporters, tier,
                            io.retentiondesk.core.callback.CallbackHistory.of(List.of()), now).record(), version, created);
                }
                return null;
            });
            records.addReporter(customer, ann);
            records.addReporter(customer, bob);
            keys.add(customer);
            issueId += ticketsEach;
            if ((c + 1) % 2_000 == 0) {
                System.out.printf("%n%d customers seeded after %.1f s", c + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        System.out.printf("%nseeded %,d customers x %d records in %.1f s%n", customers, ticketsEach,
                (System.nanoTime() - started) / 1e9);
        // what both benchmarks rely on: every record is read, and none needs repair
        ChurnAssessment.Assessed first = churn.reassess(keys.get(0));
        int read = records.window(keys.get(0), now.minus(window), now.minus(recoveries)).size();
        if (read != ticketsEach || !first.inexact().isEmpty()) {
            throw new IllegalStateException("seeded records: " + read + " of " + ticketsEach + " read, "
                    + first.inexact().size() + " inexact");
        }
    }

    /** The nightly re-assessment of every customer from its records. */
    @Benchmark
    public void reassessEveryCustomer(Blackhole bh) {
        for (CustomerKey customer : keys) {
            bh.consume(churn.reassess(customer));
        }
    }

    /** The baseline: each customer's records read and parsed, as the re-assessment reads them, and nothing else. */
    @Benchmark
    public void readEveryWindow(Blackhole bh) {
        Instant now = Instant.now();
        for (CustomerKey customer : keys) {
            bh.consume(records.window(customer, now.minus(window), now.minus(recoveries)));
        }
    }
}
