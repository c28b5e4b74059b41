package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.job.CustomerReassessment;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.testing.MutableClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Incremental equals full recompute (SPEC §10): random sequences of ticket events for a few customers, each applied
 * as Jira would (the event's ticket re-recorded; Assess churn risk on creation and resolution), end, after the
 * nightly re-assessment, with the stored risk of every customer equal to an assessment of all its tickets read
 * afresh with its complete customer side, and to the offline report's on the same tickets exported as REST JSON.
 */
class IncrementalAssessmentProperties {
    private static final List<String> PEOPLE = List.of("ann", "bob", "carl", "dan");
    private static final List<String> CUSTOMERS = List.of("Acme", "Globex");
    private static final List<String> SUMMARIES = List.of("Export fails on Mondays", "Export fails again",
            "Printer jam", "Invoice total wrong");

    sealed interface Event permits Create, Comment, Resolve, Wait {
    }

    record Create(int customer, int reporter, int summary, boolean complaint) implements Event {
    }

    record Comment(int ticket, int author, boolean intent) implements Event {
    }

    record Resolve(int ticket) implements Event {
    }

    record Wait(int hours) implements Event {
    }

    @Property(tries = 40)
    void afterTheNightlyJobEveryCustomersStoredRiskEqualsAFreshAssessmentAndTheOfflineReport(
            @ForAll("events") @Size(min = 1, max = 25) List<Event> events) throws Exception {
        World w = new World();
        for (Event e : events) {
            w.apply(e);
        }
        w.nightly();
        Map<CustomerKey, CustomerStanding> offline = w.offlineReport();
        for (String name : CUSTOMERS) {
            CustomerKey customer = CustomerKey.of(name);
            if (w.ticketsOf(customer).isEmpty()) {
                continue;
            }
            ChurnAssessment.Assessed stored = w.churn.reassess(customer);
            assertThat(stored.inexact()).as(name + ": nothing left to repair").isEmpty();
            assertThat(stored.standing()).as(name).isEqualTo(w.fresh(customer));
            // and the offline report on the same tickets, exported as Jira's REST API shows them
            assertThat(offline.get(customer).risk()).as(name + " offline").isEqualTo(stored.standing().risk());
        }
    }

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<Event> create = Combinators.combine(Arbitraries.integers().between(0, CUSTOMERS.size() - 1),
                Arbitraries.integers().between(0, PEOPLE.size() - 1),
                Arbitraries.integers().between(0, SUMMARIES.size() - 1), Arbitraries.of(true, false))
                .as(Create::new);
        Arbitrary<Event> comment = Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, PEOPLE.size() - 1), Arbitraries.of(true, false)).as(Comment::new);
        Arbitrary<Event> resolve = Arbitraries.integers().between(0, 30).map(Resolve::new);
        Arbitrary<Event> wait = Arbitraries.integers().between(1, 72).map(Wait::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, create), net.jqwik.api.Tuple.of(4, comment),
                net.jqwik.api.Tuple.of(2, resolve), net.jqwik.api.Tuple.of(2, wait)).list();
    }

    /** Jira as the app sees it: mutable tickets read through a mocked reader, the app's real storage. */
    private static final class World {
        final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
        final JiraTicketReader reader = mock(JiraTicketReader.class);
        final IssueManager issues = mock(IssueManager.class);
        final PolicyStore policies = new PolicyStore(MapPluginSettings.over(new java.util.HashMap<>()), new io.retentiondesk.jira.job.SharedLocks());
        final Map<Long, TicketState> tickets = new LinkedHashMap<>();
        final CustomerRegistry customers;
        final TicketRecords records;
        final TicketRecorder recorder;
        final ChurnAssessment churn;
        final CustomerReassessment nightly;

        World() throws Exception {
            EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll();
            customers = new CustomerRegistry(ao);
            records = new TicketRecords(ao);
            CallbackLog callbacks = mock(CallbackLog.class);
            when(callbacks.attemptsFor(org.mockito.ArgumentMatchers.anyLong(), anyString())).thenReturn(List.of());
            recorder = new TicketRecorder(reader, JsmFields.NONE, customers, records, new io.retentiondesk.jira.ao.TicketLinks(ao), callbacks, policies, clock);
            churn = new ChurnAssessment(recorder, records, customers, policies, mock(RetentionFieldWriter.class), clock);
            nightly = new CustomerReassessment(issues, churn, recorder, records);
        }

        void apply(Event e) {
            if (e instanceof Create c) {
                long id = tickets.size() + 1L;
                TicketState t = new TicketState(id, CUSTOMERS.get(c.customer()), PEOPLE.get(c.reporter()),
                        SUMMARIES.get(c.summary()), c.complaint(), clock.instant());
                tickets.put(id, t);
                MutableIssue issue = mock(MutableIssue.class);
                when(issue.getId()).thenReturn(id);
                when(issue.getKey()).thenReturn(t.key());
                when(reader.read(issue, JsmFields.NONE)).thenAnswer(a -> t.ticket());
                when(issues.getIssueObject(id)).thenReturn(issue);
                t.issue = issue;
                churn.assessAndWrite(issue); // Assess churn risk on Create
            } else if (e instanceof Comment c) {
                pick(c.ticket()).ifPresent(t -> {
                    t.comments.add(new TicketState.Said(PEOPLE.get(c.author()), clock.instant(),
                            c.intent() ? "we will cancel the contract" : "any news?"));
                    recorder.refresh(t.issue); // the issue-event listener
                });
            } else if (e instanceof Resolve r) {
                pick(r.ticket()).filter(t -> t.resolved == null).ifPresent(t -> {
                    t.resolved = clock.instant();
                    churn.assessAndWrite(t.issue); // Assess churn risk on the resolve transition
                });
            } else if (e instanceof Wait w) {
                clock.advance(Duration.ofHours(w.hours()));
            }
            clock.advance(Duration.ofMinutes(5));
        }

        void nightly() {
            for (String name : CUSTOMERS) {
                List<TicketState> of = ticketsOf(CustomerKey.of(name));
                if (!of.isEmpty()) {
                    nightly.reassess(CustomerKey.of(name), of.get(of.size() - 1).id);
                }
            }
        }

        List<TicketState> ticketsOf(CustomerKey customer) {
            return tickets.values().stream().filter(t -> CustomerKey.of(t.customer).equals(customer)).toList();
        }

        CustomerStanding fresh(CustomerKey customer) {
            CustomerAssessment assessment = policies.assessment();
            Set<String> reporters = new HashSet<>();
            ticketsOf(customer).forEach(t -> reporters.add(t.reporter));
            List<TicketRecord> all = new ArrayList<>();
            Instant last = null;
            for (TicketState t : ticketsOf(customer)) {
                all.add(assessment.evaluate(t.ticket(), customer, reporters, customers.profileOf(customer).tier(),
                        CallbackHistory.of(List.of()), clock.instant()).record());
                last = t.created;
            }
            return assessment.standing(customer, customers.profileOf(customer), all, last, clock.instant());
        }

        /** The offline report of the same tickets, as a REST export, as of now. */
        Map<CustomerKey, CustomerStanding> offlineReport() throws java.io.IOException {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("incremental");
            com.google.gson.JsonArray issues = new com.google.gson.JsonArray();
            for (TicketState t : tickets.values()) {
                issues.add(t.asRest());
            }
            com.google.gson.JsonObject page = new com.google.gson.JsonObject();
            page.add("issues", issues);
            page.add("names", com.google.gson.JsonParser.parseString("{\"customfield_1\":\"Organizations\","
                    + "\"customfield_2\":\"Customer Request Type\"}"));
            page.add("schema", com.google.gson.JsonParser.parseString(
                    "{\"customfield_1\":{\"custom\":\"com.atlassian.servicedesk:sd-customer-organizations\"},"
                            + "\"customfield_2\":{\"custom\":\"com.atlassian.servicedesk:vp-origin\"}}"));
            java.nio.file.Path file = dir.resolve("page.json");
            java.nio.file.Files.writeString(file, page.toString());
            // the app keeps a callback log (empty here): the export gets one too, or its complaints' callbacks are
            // UNKNOWN rather than overdue
            java.nio.file.Path callbacks = dir.resolve("callbacks.csv");
            java.nio.file.Files.writeString(callbacks, "ticket,attempted_at,outcome,rating,note\n");
            io.retentiondesk.report.ReportResult result = new io.retentiondesk.report.OfflineReport(policies.current(),
                    clock.instant(), io.retentiondesk.report.Progress.silent())
                    .run(new io.retentiondesk.report.ReportInputs(List.of(file), List.of(), null, callbacks),
                            dir.resolve("report.json"));
            Map<CustomerKey, CustomerStanding> out = new java.util.HashMap<>();
            result.customers().forEach(st -> out.put(CustomerKey.of(st.customer().id()), st));
            return out;
        }

        private java.util.Optional<TicketState> pick(int n) {
            if (tickets.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new ArrayList<>(tickets.values()).get(n % tickets.size()));
        }
    }

    private static final class TicketState {
        record Said(String author, Instant at, String body) {
        }

        final long id;
        final String customer;
        final String reporter;
        final String summary;
        final boolean complaint;
        final Instant created;
        final List<Said> comments = new ArrayList<>();
        Instant resolved;
        MutableIssue issue;

        TicketState(long id, String customer, String reporter, String summary, boolean complaint, Instant created) {
            this.id = id;
            this.customer = customer;
            this.reporter = reporter;
            this.summary = summary;
            this.complaint = complaint;
            this.created = created;
        }

        String key() {
            return "SUP-" + id;
        }

        com.google.gson.JsonObject asRest() {
            java.time.format.DateTimeFormatter jira = java.time.format.DateTimeFormatter
                    .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(java.time.ZoneOffset.UTC);
            com.google.gson.JsonObject f = new com.google.gson.JsonObject();
            f.addProperty("created", jira.format(created));
            f.addProperty("summary", summary);
            f.add("priority", com.google.gson.JsonParser.parseString("{\"name\":\"Medium\"}"));
            f.add("reporter", com.google.gson.JsonParser.parseString("{\"name\":\"" + reporter + "\"}"));
            f.add("customfield_1", com.google.gson.JsonParser.parseString("[{\"name\":\"" + customer + "\"}]"));
            f.add("customfield_2", com.google.gson.JsonParser.parseString("{\"requestType\":{\"name\":\"Get help\"}}"));
            com.google.gson.JsonArray labels = new com.google.gson.JsonArray();
            if (complaint) {
                labels.add("complaint");
            }
            f.add("labels", labels);
            com.google.gson.JsonArray said = new com.google.gson.JsonArray();
            for (Said c : comments) {
                com.google.gson.JsonObject o = new com.google.gson.JsonObject();
                o.add("author", com.google.gson.JsonParser.parseString("{\"name\":\"" + c.author() + "\"}"));
                o.addProperty("created", jira.format(c.at()));
                o.addProperty("body", c.body());
                said.add(o);
            }
            com.google.gson.JsonObject comment = new com.google.gson.JsonObject();
            comment.add("comments", said);
            f.add("comment", comment);
            if (resolved != null) {
                f.add("resolution", com.google.gson.JsonParser.parseString("{\"name\":\"Done\"}"));
                f.addProperty("resolutiondate", jira.format(resolved));
            }
            com.google.gson.JsonObject issue = new com.google.gson.JsonObject();
            issue.addProperty("key", key());
            issue.add("fields", f);
            return issue;
        }

        Ticket ticket() {
            TicketBuilder b = new TicketBuilder(key(), created).reporter(Person.named(reporter)).organization(customer)
                    .summary(summary).priority("Medium").requestType("Get help");
            if (complaint) {
                b.label("complaint");
            }
            for (Said s : comments) {
                b.comment(Person.named(s.author()), s.at(), s.body());
            }
            if (resolved != null) {
                b.resolution("Done", resolved);
            }
            return b.build();
        }
    }
}
