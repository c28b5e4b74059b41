package io.retentiondesk.jira.workflow;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
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
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.testing.MockTickets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

/**
 * What each post-function and the issue-event listener costs a transition (SPEC §10): calls into Jira's services
 * (comments, change history, the JSM services, custom-field lookups, the issue manager) and Active Objects calls
 * (find, count, create, delete), counted for a customer with 5 and with 500 recent tickets. They must be equal, and
 * under {@value #JIRA_CALLS} and {@value #AO_CALLS}. Entity setters and {@code save()} on rows already found are not
 * counted (AO writes one row each). Measured on 2026-12-01, after the callback owner and the real transactions of
 * the test harness: Jira calls 1 (Assign customer tier), 13 (Score satisfaction, Schedule complaint callback, Assess
 * churn risk), 16 (Record callback outcome), 12 (an issue event); Active Objects calls 2, 6, 7, 8, 9 and 7.
 */
class TransitionCallBudgetTest {
    static final int JIRA_CALLS = 20;
    static final int AO_CALLS = 10;

    record Cost(int jira, int ao) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"assign-customer-tier", "score-satisfaction", "schedule-complaint-callback",
            "assess-churn-risk", "record-callback-outcome", "issue-event"})
    void aTransitionCostsTheSameForFiveAndFiveHundredRecentTicketsAndStaysUnderItsBudget(String work)
            throws Exception {
        Cost small = costOf(work, 5);
        Cost large = costOf(work, 500);
        assertThat(large).as(work + ": 500 recent tickets cost what 5 do").isEqualTo(small);
        assertThat(small.jira()).as(work + ": Jira calls").isPositive().isLessThanOrEqualTo(JIRA_CALLS);
        assertThat(small.ao()).as(work + ": Active Objects calls").isPositive().isLessThanOrEqualTo(AO_CALLS);
    }

    private Cost costOf(String work, int history) throws SQLException {
        Instant now = Instant.now();
        EntityManagerActiveObjects db = EntityManagerActiveObjects.migratedAll();
        AtomicInteger aoCalls = new AtomicInteger();
        ActiveObjects ao = counting(db, aoCalls);
        MockJsm jsmServices = new MockJsm().organizations("Acme").requestType("Get IT help")
                .completedSla("Time to first response", now.minus(Duration.ofHours(30)), false)
                .plainField("customfield_20000", "Callback outcome", "SATISFIED");
        MutableIssue issue = MockTickets.resolvedComplaint(now);
        JsmServiceFields jsm = jsmServices.on(issue);
        CommentManager comments = mock(CommentManager.class);
        List<Comment> thread = List.of(MockTickets.comment("agent-1", now.minus(Duration.ofHours(30))),
                MockTickets.comment("ann", now.minus(Duration.ofHours(29))), MockTickets.comment("agent-1", now.minus(Duration.ofHours(28))));
        when(comments.getComments(issue)).thenReturn(thread);
        ChangeHistoryManager changes = mock(ChangeHistoryManager.class);
        when(changes.getChangeItemsForField(any(), any())).thenReturn(List.of());
        IssueManager issues = mock(IssueManager.class);
        when(issues.getIssueObject(issue.getId())).thenReturn(issue);

        JiraTicketReader reader = new JiraTicketReader(comments, changes);
        CustomerRegistry customers = new CustomerRegistry(ao);
        TicketRecords records = new TicketRecords(ao);
        CallbackLog callbacks = new CallbackLog(ao);
        FailedWorkQueue failures = new FailedWorkQueue(ao);
        RetentionFieldWriter fields = new RetentionFieldWriter(jsmServices.customFields, new io.retentiondesk.jira.customfield.FieldFindings());
        TicketRecorder recorder = new TicketRecorder(reader, jsm, customers, records, new io.retentiondesk.jira.ao.TicketLinks(ao), callbacks, jsmServices.policies);
        TicketScoring scoring = new TicketScoring(recorder, new CallbackSchedule(ao), fields,
                new io.retentiondesk.jira.service.CallbackOwners(jsmServices.customFields, jsmServices.policies));
        ChurnAssessment churn = new ChurnAssessment(recorder, records, customers, jsmServices.policies, fields);
        customers.saveTier(CustomerKey.of("acme"), Tier.KEY);

        // the customer's history: records earlier transitions left, all in the risk window
        CustomerAssessment assessment = jsmServices.policies.assessment();
        long version = jsmServices.policies.version();
        for (int i = 0; i < history; i++) {
            Instant created = now.minus(Duration.ofHours(2L + i * 6L));
            records.save(10_000L + i, assessment.evaluate(new TicketBuilder("SUP-" + (10_000 + i), created)
                    .reporter(Person.named(i % 7 == 0 ? "bob" : "ann")).organization("Acme")
                    .summary("Export fails on " + (i % 5 == 0 ? "Mondays" : "invoices")).label(i % 9 == 0 ? "complaint" : "q")
                    .resolution("Done", created.plus(Duration.ofHours(1))).build(), CustomerKey.of("Acme"),
                    Set.of("ann", "bob"), Tier.KEY, CallbackHistory.of(List.of()), now).record(), version, created);
        }
        records.addReporter(CustomerKey.of("acme"), "ann");
        records.addReporter(CustomerKey.of("acme"), "bob");

        WorkSteps steps = new WorkSteps(new CustomerTiering(reader, jsm, customers, jsmServices.policies, fields),
                scoring, churn, new LateRating(issues, jsm, new ScoredRatings(ao), recorder, scoring, churn), recorder,
                callbacks);
        Runnable transition = switch (work) {
            case "assign-customer-tier" -> () -> execute(new AssignCustomerTierFunction(steps, failures), issue);
            case "score-satisfaction" -> () -> execute(new ScoreSatisfactionFunction(steps, failures), issue);
            case "schedule-complaint-callback" -> () -> execute(new ScheduleComplaintCallbackFunction(steps, failures),
                    issue);
            case "assess-churn-risk" -> () -> execute(new AssessChurnRiskFunction(steps, failures), issue);
            case "record-callback-outcome" -> () -> execute(new RecordCallbackOutcomeFunction(
                    new CallbackInput(jsmServices.customFields, new io.retentiondesk.jira.customfield.FieldFindings()), steps, failures), issue);
            case "issue-event" -> () -> new TicketEventListener(mock(EventPublisher.class), steps, failures)
                    .onIssueEvent(event(issue));
            default -> throw new IllegalArgumentException(work);
        };
        // warm what Jira caches itself or the app caches per field configuration (the JSM field lookup)
        transition.run();
        Object[] jira = {comments, changes, issues, jsmServices.requestTypes, jsmServices.requestTypeQuery,
                jsmServices.slas, jsmServices.slaQuery, jsmServices.customFields};
        clearInvocations(jira);
        // an attempt logged again within the same second is the same attempt (not logged twice): forget the warm-up's
        // so the measured run logs one whatever the clock says
        io.retentiondesk.jira.ao.CallbackAttemptEntity[] logged =
                db.find(io.retentiondesk.jira.ao.CallbackAttemptEntity.class, "ID > ?", 0);
        if (logged.length > 0) {
            db.delete(logged);
        }
        aoCalls.set(0);

        transition.run();

        int jiraCalls = 0;
        for (Object m : jira) {
            jiraCalls += mockingDetails(m).getInvocations().size();
        }
        assertThat(db.count(FailedWorkEntity.class, "ID > ?", 0)).as(work + " failed: " + jiraCalls).isZero();
        return new Cost(jiraCalls, aoCalls.get());
    }

    private static void execute(RetentionPostFunction function, MutableIssue issue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        function.execute(vars, Map.of(), null);
    }

    private static IssueEvent event(MutableIssue issue) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(2L); // updated
        return event;
    }


    /** Active Objects with every call but the transaction wrapper counted. */
    private static ActiveObjects counting(ActiveObjects real, AtomicInteger calls) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("executeInTransaction")) {
                        calls.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
