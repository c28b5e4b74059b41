package io.retentiondesk.bench;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CallbackAttemptEntity;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CallbackSchedule;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.FailedWorkEntity;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.ScoredRatings;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmServiceFields;
import io.retentiondesk.jira.bridge.MockJsm;
import io.retentiondesk.jira.customfield.CallbackInput;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.listener.TicketEventListener;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.CustomerTiering;
import io.retentiondesk.jira.service.LateRating;
import io.retentiondesk.jira.service.TicketRecorder;
import io.retentiondesk.jira.service.TicketScoring;
import io.retentiondesk.testing.MockTickets;
import io.retentiondesk.jira.workflow.AssessChurnRiskFunction;
import io.retentiondesk.jira.workflow.AssignCustomerTierFunction;
import io.retentiondesk.jira.workflow.RecordCallbackOutcomeFunction;
import io.retentiondesk.jira.workflow.RetentionPostFunction;
import io.retentiondesk.jira.workflow.ScheduleComplaintCallbackFunction;
import io.retentiondesk.jira.workflow.ScoreSatisfactionFunction;
import org.mockito.Mockito;
import org.mockito.listeners.MockCreationListener;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What one transition costs (SPEC §10): each post-function and the issue-event listener on one resolved complaint
 * of a customer with 5 and with 500 recent tickets, over Jira's services mocked as in
 * {@code TransitionCallBudgetTest} and the app's real Active Objects repositories on embedded HSQLDB. Sampled, so
 * the percentiles show; the goal is p99 under 5 ms, of the same order for both sizes. Not a test: run it with
 * {@code mvn -B -q test-compile exec:exec@bench -Dbench=TransitionBenchmark} (README, "Jira-side performance").
 *
 * <p>The warm-up is long (60 s) because on two cores the JIT takes 25 to 50 s to compile what a transition runs
 * (HSQLDB's SQL compiler, Active Objects, Gson, Mockito, the app); until then a transition takes 3 to 20 ms. Each
 * invocation leaves the data as it found it (the ticket's record, tier, callback schedule and the customer's risk
 * are rewritten in place), except the callback attempt <i>Record callback outcome</i> logs, which is removed after
 * each invocation, untimed. What is timed is the app's own work and Active Objects on HSQLDB, with a JDBC
 * connection opened per call (Active Objects without a pool; Jira lends pooled ones), plus Mockito's bookkeeping;
 * Jira's own reads (comments, change history, JSM) answer from mocks, so in Jira they add what they cost there.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 15, time = 4)
@Measurement(iterations = 3, time = 5)
public class TransitionBenchmark {
    private static final String ISSUE_KEY = MockTickets.ISSUE_KEY;

    /** One customer, its recent tickets' records and the ticket in hand, with every real component over them. */
    @State(Scope.Benchmark)
    public static class Desk {
        /** The customer's recent tickets (records in the risk window) besides the one in hand. */
        @Param({"5", "500"})
        public int recentTickets;

        EntityManagerActiveObjects db;
        Instant now;

        AssignCustomerTierFunction assignCustomerTier;
        ScoreSatisfactionFunction scoreSatisfaction;
        ScheduleComplaintCallbackFunction scheduleComplaintCallback;
        AssessChurnRiskFunction assessChurnRisk;
        RecordCallbackOutcomeFunction recordCallbackOutcome;
        TicketEventListener listener;
        MutableIssue issue;
        IssueEvent event;
        private final List<Object> mocks = new ArrayList<>();

        private void seed() throws SQLException {
            now = Instant.now();
            db = EntityManagerActiveObjects.migratedAll();
            MockJsm jsm = new MockJsm();
            CustomerRegistry customers = new CustomerRegistry(db);
            TicketRecords records = new TicketRecords(db);
            customers.saveTier(CustomerKey.of("acme"), Tier.KEY);
            // the customer's history: records earlier transitions left, all in the risk window
            CustomerAssessment assessment = jsm.policies.assessment();
            long version = jsm.policies.version();
            for (int i = 0; i < recentTickets; i++) {
                Instant created = now.minus(Duration.ofHours(2L + i * 6L));
                records.save(10_000L + i, assessment.evaluate(new TicketBuilder("SUP-" + (10_000 + i), created)
                        .reporter(Person.named(i % 7 == 0 ? "bob" : "ann")).organization("Acme")
                        .summary("Export fails on " + (i % 5 == 0 ? "Mondays" : "invoices"))
                        .label(i % 9 == 0 ? "complaint" : "q")
                        .resolution("Done", created.plus(Duration.ofHours(1))).build(), CustomerKey.of("Acme"),
                        Set.of("ann", "bob"), Tier.KEY, io.retentiondesk.core.callback.CallbackHistory.of(List.of()), now).record(), version, created);
            }
            records.addReporter(CustomerKey.of("acme"), "ann");
            records.addReporter(CustomerKey.of("acme"), "bob");
        }

        /** Jira's services mocked anew and the app's services built over them and the seeded database. */
        /** Jira's services mocked, and the app's services built over them and the seeded database. */
        @Setup(Level.Trial)
        public void jira() throws SQLException {
            seed();
            MockCreationListener collect = (mock, settings) -> mocks.add(mock);
            Mockito.framework().addListener(collect);
            try {
                build();
            } finally {
                Mockito.framework().removeListener(collect);
            }
        }

        private void build() {
            MockJsm jsmServices = new MockJsm().organizations("Acme").requestType("Get IT help")
                    .completedSla("Time to first response", now.minus(Duration.ofHours(30)), false)
                    .plainField("customfield_20000", "Callback outcome", "SATISFIED");
            issue = MockTickets.resolvedComplaint(now);
            JsmServiceFields jsm = jsmServices.on(issue);
            CommentManager comments = mock(CommentManager.class);
            List<Comment> thread = List.of(MockTickets.comment("agent-1", now.minus(Duration.ofHours(30))),
                    MockTickets.comment("ann", now.minus(Duration.ofHours(29))),
                    MockTickets.comment("agent-1", now.minus(Duration.ofHours(28))));
            when(comments.getComments(issue)).thenReturn(thread);
            ChangeHistoryManager changes = mock(ChangeHistoryManager.class);
            when(changes.getChangeItemsForField(any(), any())).thenReturn(List.of());
            IssueManager issues = mock(IssueManager.class);
            when(issues.getIssueObject(MockTickets.ISSUE_ID)).thenReturn(issue);
            event = mock(IssueEvent.class);
            when(event.getIssue()).thenReturn(issue);
            when(event.getEventTypeId()).thenReturn(2L); // updated

            JiraTicketReader reader = new JiraTicketReader(comments, changes);
            CustomerRegistry customers = new CustomerRegistry(db);
            TicketRecords records = new TicketRecords(db);
            CallbackLog callbacks = new CallbackLog(db);
            FailedWorkQueue failures = new FailedWorkQueue(db);
            RetentionFieldWriter fields = new RetentionFieldWriter(jsmServices.customFields, new io.retentiondesk.jira.customfield.FieldFindings());
            TicketRecorder recorder = new TicketRecorder(reader, jsm, customers, records,
                    new io.retentiondesk.jira.ao.TicketLinks(db), callbacks, jsmServices.policies);
            TicketScoring scoring = new TicketScoring(recorder, new CallbackSchedule(db), fields,
                    new io.retentiondesk.jira.service.CallbackOwners(jsmServices.customFields, jsmServices.policies));
            ChurnAssessment churn = new ChurnAssessment(recorder, records, customers, jsmServices.policies, fields);

            io.retentiondesk.jira.service.WorkSteps steps = new io.retentiondesk.jira.service.WorkSteps(
                    new CustomerTiering(reader, jsm, customers, jsmServices.policies, fields), scoring, churn,
                    new LateRating(issues, jsm, new ScoredRatings(db), recorder, scoring, churn), recorder, callbacks);
            assignCustomerTier = new AssignCustomerTierFunction(steps, failures);
            scoreSatisfaction = new ScoreSatisfactionFunction(steps, failures);
            scheduleComplaintCallback = new ScheduleComplaintCallbackFunction(steps, failures);
            assessChurnRisk = new AssessChurnRiskFunction(steps, failures);
            recordCallbackOutcome = new RecordCallbackOutcomeFunction(new CallbackInput(jsmServices.customFields, new io.retentiondesk.jira.customfield.FieldFindings()),
                    steps, failures);
            listener = new TicketEventListener(mock(EventPublisher.class), steps, failures);
        }

        /**
         * Mockito logs every call to a mock, with where it came from, for {@code verify}: forgotten after each
         * invocation (untimed), or the log would grow by some 6,000 calls a second and the garbage collector's pauses
         * with it.
         */
        @TearDown(Level.Invocation)
        public void forgetMockCalls() {
            Mockito.clearInvocations(mocks.toArray());
        }

        /** A failed transition is queued and costs something else: the numbers would not be the transition's. */
        @TearDown(Level.Iteration)
        public void requireNoFailedWork() {
            int failed = db.count(FailedWorkEntity.class, "ID > ?", 0);
            if (failed > 0) {
                throw new IllegalStateException(failed + " transitions failed and were queued; see the log");
            }
        }

        void forgetCallbackAttempts() {
            CallbackAttemptEntity[] logged = db.find(CallbackAttemptEntity.class, "ISSUE_KEY = ?", ISSUE_KEY);
            if (logged.length > 0) {
                db.delete(logged);
            }
        }
    }

    /** Keeps each invocation's callback attempt from piling up on the one complaint (a complaint has a few). */
    @State(Scope.Benchmark)
    public static class OneCallbackAttempt {
        @TearDown(Level.Invocation)
        public void forget(Desk desk) {
            desk.forgetCallbackAttempts();
        }
    }

    @Benchmark
    public void assignCustomerTier(Desk desk) {
        execute(desk.assignCustomerTier, desk.issue);
    }

    @Benchmark
    public void scoreSatisfaction(Desk desk) {
        execute(desk.scoreSatisfaction, desk.issue);
    }

    @Benchmark
    public void scheduleComplaintCallback(Desk desk) {
        execute(desk.scheduleComplaintCallback, desk.issue);
    }

    @Benchmark
    public void assessChurnRisk(Desk desk) {
        execute(desk.assessChurnRisk, desk.issue);
    }

    @Benchmark
    public void recordCallbackOutcome(Desk desk, OneCallbackAttempt attempts) {
        execute(desk.recordCallbackOutcome, desk.issue);
    }

    @Benchmark
    public void issueEvent(Desk desk) {
        desk.listener.onIssueEvent(desk.event);
    }

    private static void execute(RetentionPostFunction function, MutableIssue issue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        function.execute(vars, Map.of(), null);
    }

}
