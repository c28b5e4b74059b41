package io.retentiondesk.core;

import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One assessment for both paths: what a ticket's record keeps, when it stays exact, and the standing from records. */
class CustomerAssessmentTest {
    private static final Instant T0 = Instant.parse("2026-09-01T09:00:00Z");
    private static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");
    private static final CustomerKey ACME = CustomerKey.of("Acme");
    private static final List<String> PEOPLE = List.of("ann", "bob", "cat", "dan", "eve");
    private final CustomerAssessment assessment = new CustomerAssessment(new RetentionEngine(Policy.defaults()));

    @Test
    void aRecordKeepsWhoItCountedOnWhichSideAndWhatItsCallbacksRecovered() {
        Ticket t = new TicketBuilder("SUP-1", T0).reporter(Person.named("ann")).participant(Person.named("pat"))
                .organization("Acme").summary("Refund complaint").label("complaint")
                .comment(Person.named("bob"), T0.plusSeconds(600), "Looking into it")
                .comment(Person.named("cat"), T0.plusSeconds(7200), "Any news?")
                .comment(Person.named("pat"), T0.plusSeconds(9000), "Still waiting")
                .comment(null, T0.plusSeconds(9500), "anonymous")
                .resolution("Done", T0.plusSeconds(86_400)).build();
        List<CallbackAttempt> attempts = List.of(new CallbackAttempt("SUP-1", T0.plusSeconds(3 * 86_400), "zoe",
                CallbackOutcome.SATISFIED, 5, "fine"));
        TicketRecord r = assessment.evaluate(t, ACME, Set.of("ann", "cat"), Tier.KEY, CallbackHistory.of(attempts), AS_OF).record();
        assertThat(r.agentAuthors()).containsExactly("bob");
        assertThat(r.borrowedAuthors()).containsExactly("cat"); // customer side only as reporter of another ticket
        assertThat(r.reporterId()).isEqualTo("ann");
        assertThat(r.recoveries()).extracting(io.retentiondesk.core.churn.RiskAssessor.Recovery::at)
                .containsExactly(T0.plusSeconds(3 * 86_400));
        assertThat(r.latestRecovery()).isEqualTo(T0.plusSeconds(3 * 86_400));
        assertThat(r.churnResolvedAt()).isNull();
        assertThat(r.validUntil()).isNull();
    }

    @Test
    void aPendingCallbackMakesTheRecordDueForAnotherLookWhenItTurnsOverdue() {
        Ticket t = new TicketBuilder("SUP-2", AS_OF.minus(Duration.ofDays(2))).reporter(Person.named("ann"))
                .label("complaint").resolution("Done", AS_OF.minus(Duration.ofHours(1))).build();
        TicketRecord r = assessment.evaluate(t, ACME, Set.of(), Tier.KEY, CallbackHistory.of(List.of()), AS_OF).record();
        assertThat(r.validUntil()).isAfter(AS_OF);
        assertThat(r.currentFor(Set.of("ann"), Tier.KEY, AS_OF)).isTrue();
        assertThat(r.currentFor(Set.of("ann"), Tier.KEY, r.validUntil())).isFalse();
        assertThat(r.currentFor(Set.of("ann"), Tier.MAJOR, AS_OF)).as("the tier sets the promise").isFalse();
        // at its due time the evaluation indeed changes: the callback is overdue
        TicketRecord later = assessment.evaluate(t, ACME, Set.of(), Tier.KEY, CallbackHistory.of(List.of()), r.validUntil().plusSeconds(1))
                .record();
        assertThat(later.risk().signals()).isNotEqualTo(r.risk().signals());
    }

    @Test
    void aChurnResolutionIsKeptWithItsTimeAndChurnsTheCustomerUnlessAnEarlierChurnIsRecorded() {
        Instant resolved = T0.plus(Duration.ofDays(3));
        Ticket t = new TicketBuilder("SUP-3", T0).reporter(Person.named("ann")).resolution("Churned", resolved).build();
        TicketRecord r = assessment.evaluate(t, ACME, Set.of(), Tier.MAJOR, CallbackHistory.of(List.of()), AS_OF).record();
        assertThat(r.churnResolvedAt()).isEqualTo(resolved);
        CustomerProfile profile = CustomerProfile.UNKNOWN.withTier(Tier.MAJOR);
        assertThat(assessment.standing(ACME, profile, List.of(r), r.created(), AS_OF).churnedAt()).isEqualTo(resolved);
        Instant earlier = T0.minus(Duration.ofDays(1));
        CustomerProfile recorded = new CustomerProfile(Tier.MAJOR, 40, earlier, "POACHED_BY_COMPETITOR", false);
        assertThat(assessment.standing(ACME, recorded, List.of(r), r.created(), AS_OF).churnedAt()).isEqualTo(earlier);
    }

    /** Calibration's view of a customer: every record, and the churn date its standing would give. */
    @Test
    void aHistoryKeepsEveryRecordAndTheChurnDateTheStandingGives() {
        Instant resolved = T0.plus(Duration.ofDays(20));
        List<TicketRecord> records = new ArrayList<>();
        records.add(assessment.evaluate(new TicketBuilder("SUP-20", T0).reporter(Person.named("ann")).label("complaint")
                .resolution("Done", T0.plus(Duration.ofDays(1))).build(), ACME, Set.of("ann"), Tier.KEY,
                CallbackHistory.of(List.of(new CallbackAttempt("SUP-20", T0.plus(Duration.ofDays(3)), "zoe",
                        CallbackOutcome.SATISFIED, 5, ""))), AS_OF).record());
        records.add(assessment.evaluate(new TicketBuilder("SUP-21", T0.plus(Duration.ofDays(15))).reporter(Person.named("ann"))
                .resolution("Churned", resolved).build(), ACME, Set.of("ann"), Tier.KEY, CallbackHistory.of(List.of()),
                AS_OF).record());
        CustomerProfile profile = CustomerProfile.UNKNOWN.withTier(Tier.KEY);
        io.retentiondesk.core.calibration.CustomerHistory h = assessment.history(ACME, profile, records, AS_OF);
        assertThat(h.key()).isEqualTo("acme");
        assertThat(h.tickets()).extracting(io.retentiondesk.core.churn.RiskTicket::key).containsExactly("SUP-20", "SUP-21");
        assertThat(h.recoveries()).extracting(io.retentiondesk.core.churn.RiskAssessor.Recovery::at)
                .containsExactly(T0.plus(Duration.ofDays(3)));
        assertThat(h.churnedAt()).isEqualTo(resolved)
                .isEqualTo(assessment.standing(ACME, profile, records, records.get(1).created(), AS_OF).churnedAt());
        // a date recorded earlier wins, as in the standing; one after asOf is no churn yet
        Instant marked = T0.plus(Duration.ofDays(12));
        assertThat(assessment.history(ACME, new CustomerProfile(Tier.KEY, null, marked, "OTHER", false), records, AS_OF)
                .churnedAt()).isEqualTo(marked);
        assertThat(assessment.history(ACME, profile, records.subList(0, 1), AS_OF).churnedAt()).isNull();
        assertThat(assessment.history(ACME, new CustomerProfile(Tier.KEY, null, AS_OF.plusSeconds(1), "OTHER", false),
                records.subList(0, 1), AS_OF).churnedAt()).isNull();
    }

    @Test
    void theStandingFromRecordsIsTheEnginesStandingFromTheSameTickets() {
        List<TicketRecord> records = new ArrayList<>();
        List<TicketEvaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Ticket t = new TicketBuilder("SUP-" + (10 + i), T0.plus(Duration.ofDays(3L * i))).reporter(Person.named("ann"))
                    .summary("Invoice export fails again").requestType("Billing").label(i % 2 == 0 ? "complaint" : "x")
                    .comment(Person.named("ann"), T0.plus(Duration.ofDays(3L * i)).plusSeconds(60), "we may cancel")
                    .resolution("Done", T0.plus(Duration.ofDays(3L * i + 1))).build();
            CustomerAssessment.Evaluated e = assessment.evaluate(t, ACME, Set.of("ann"), Tier.KEY, CallbackHistory.of(List.of()), AS_OF);
            records.add(e.record());
            evaluations.add(e.evaluation());
        }
        RetentionEngine engine = assessment.engine();
        CustomerStanding direct = engine.standing(ACME, Tier.KEY, 70, evaluations.stream().map(TicketEvaluation::risk)
                .toList(), engine.recoveries(evaluations), null, false, AS_OF);
        CustomerStanding fromRecords = assessment.standing(ACME, new CustomerProfile(Tier.KEY, 70, null, null, false),
                records, records.get(records.size() - 1).created(), AS_OF);
        assertThat(fromRecords).isEqualTo(direct);
        assertThat(fromRecords.risk().score()).isPositive();
    }

    /**
     * The staleness law: a record computed with one set of customer reporters is current for another set exactly
     * when evaluating the ticket again with that set gives the same record.
     */
    @Property(tries = 300)
    void aRecordIsCurrentForOtherReportersExactlyWhenReEvaluatingGivesTheSameRecord(
            @ForAll("tickets") Ticket ticket, @ForAll("reporters") Set<String> before,
            @ForAll("reporters") Set<String> after) {
        TicketRecord then = assessment.evaluate(ticket, ACME, before, Tier.ORDINARY, CallbackHistory.of(List.of()), AS_OF).record();
        TicketRecord now = assessment.evaluate(ticket, ACME, after, Tier.ORDINARY, CallbackHistory.of(List.of()), AS_OF).record();
        assertThat(then.currentFor(after, Tier.ORDINARY, AS_OF)).isEqualTo(then.equals(now));
    }

    @Provide
    Arbitrary<Set<String>> reporters() {
        return Arbitraries.of(PEOPLE).set().ofMaxSize(PEOPLE.size());
    }

    @Provide
    Arbitrary<Ticket> tickets() {
        Arbitrary<String> author = Arbitraries.of(PEOPLE);
        Arbitrary<String> body = Arbitraries.of("Any update?", "we will cancel our contract", "Fixed now", "ok");
        return Arbitraries.integers().between(0, 5).flatMap(n -> author.list().ofSize(n).flatMap(authors ->
                body.list().ofSize(n).map(bodies -> {
                    TicketBuilder b = new TicketBuilder("SUP-7", T0).reporter(Person.named("ann"))
                            .summary("Export fails").priority("High").resolution("Done", T0.plus(Duration.ofDays(2)));
                    for (int i = 0; i < n; i++) {
                        b.comment(Person.named(authors.get(i)), T0.plus(Duration.ofHours(i + 1L)), bodies.get(i));
                    }
                    return b.build();
                })));
    }
}
