package io.retentiondesk.core.churn;

import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.SlaCycle;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each ticket-level signal of SPEC §5 with its points and date, through the engine that feeds the detector. */
class TicketSignalDetectorTest {
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    private static final Person ANN = Person.named("ann");
    private static final Person AGENT = Person.named("agent");
    private final RetentionEngine engine = new RetentionEngine(Policy.defaults());

    private static Instant h(double hours) {
        return io.retentiondesk.testing.Hours.after(T0, hours);
    }

    private List<SignalOccurrence> signals(Ticket t, Tier tier, CallbackHistory logged) {
        TicketEvaluation e = engine.evaluate(t, CustomerKey.of("acme"), CustomerSide.of(Set.of(), t), tier, logged, AS_OF);
        return e.risk().signals();
    }

    @Test
    void belowScoreLowRatingReopenAndSlaMiss() {
        // KEY / MEDIUM (2 / 24 h): first reply at 30 h, resolved at 60 h after a re-open at 40 h; rated 1
        Ticket t = new TicketBuilder("A-1", T0).reporter(ANN).priority("Medium").comment(AGENT, h(30), "hi")
                .resolutionChange(h(35), null, "Done").resolutionChange(h(40), "Done", null)
                .resolution("Done", h(60)).rating(1, h(61)).build();
        List<SignalOccurrence> s = signals(t, Tier.KEY, CallbackHistory.NOT_KEPT);
        TicketEvaluation e = engine.evaluate(t, CustomerKey.of("acme"), CustomerSide.of(Set.of(), t), Tier.KEY, CallbackHistory.NOT_KEPT, AS_OF);
        int score = e.satisfaction().score();
        assertThat(score).isLessThanOrEqualTo(-10);
        assertThat(s).extracting(SignalOccurrence::signal, SignalOccurrence::date, SignalOccurrence::points).contains(
                tuple(RiskSignal.SCORED_BELOW, h(60), 10 + 0.2 * Math.abs(score)),
                tuple(RiskSignal.LOW_RATING, h(60), 15.0),
                tuple(RiskSignal.REOPENED, h(40), 12.0),
                tuple(RiskSignal.SLA_MISSED, h(60), 6.0)); // no SLA data: aFR 30 > tFR 2
    }

    @Test
    void slaDataWinsOverTargetsAndOpenTicketsMissNothing() {
        Ticket slow = new TicketBuilder("A-2", T0).reporter(ANN).priority("Low").resolution("Done", h(200))
                .sla(new SlaCycle("Time to resolution", h(200), false)).build();
        assertThat(signals(slow, Tier.SMALL, CallbackHistory.NOT_KEPT)).extracting(SignalOccurrence::signal).doesNotContain(RiskSignal.SLA_MISSED);
        Ticket open = new TicketBuilder("A-3", T0).reporter(ANN).build();
        assertThat(signals(open, Tier.KEY, CallbackHistory.NOT_KEPT)).isEmpty();
    }

    @Test
    void handoffsBeyondTheMaximumOncePerTicketDatedAtTheLastHandoffWhileOpen() {
        Ticket t = new TicketBuilder("A-4", T0).reporter(ANN).assigneeChange(h(1), null, "x")
                .assigneeChange(h(2), "x", "y").assigneeChange(h(3), "y", "z").build();
        assertThat(signals(t, Tier.KEY, CallbackHistory.NOT_KEPT)).extracting(SignalOccurrence::signal, SignalOccurrence::date)
                .containsExactly(tuple(RiskSignal.HANDOFFS, h(3)));
    }

    @Test
    void complaintAndCallbackOutcomes() {
        Ticket t = new TicketBuilder("A-5", T0).reporter(ANN).issueType("Complaint").resolution("Done", h(2)).build();
        List<SignalOccurrence> failed = signals(t, Tier.KEY, CallbackHistory.of(List.of(
                new CallbackAttempt("A-5", h(10), null, CallbackOutcome.STILL_DISSATISFIED, 1, ""))));
        assertThat(failed).extracting(SignalOccurrence::signal, SignalOccurrence::date, SignalOccurrence::points)
                .contains(tuple(RiskSignal.COMPLAINT, T0, 10.0), tuple(RiskSignal.CALLBACK_FAILED, h(10), 25.0));
        List<SignalOccurrence> done = signals(t, Tier.KEY, CallbackHistory.of(List.of(
                new CallbackAttempt("A-5", h(10), null, CallbackOutcome.SATISFIED, 5, ""))));
        assertThat(done).extracting(SignalOccurrence::signal, SignalOccurrence::points)
                .contains(tuple(RiskSignal.RECOVERED, -10.0));
        List<SignalOccurrence> overdue = signals(t, Tier.KEY, CallbackHistory.of(List.of()));
        assertThat(overdue).extracting(SignalOccurrence::signal, SignalOccurrence::date)
                .contains(tuple(RiskSignal.CALLBACK_OVERDUE, h(26))); // due 24 h after resolution
        List<SignalOccurrence> unknown = signals(t, Tier.KEY, CallbackHistory.NOT_KEPT);
        assertThat(unknown).extracting(SignalOccurrence::signal)
                .doesNotContain(RiskSignal.CALLBACK_OVERDUE, RiskSignal.CALLBACK_FAILED, RiskSignal.RECOVERED);
    }

    @Test
    void churnIntentOncePerTicketAtItsEarliestCustomerSideOccurrence() {
        Ticket inSummary = new TicketBuilder("A-6", T0).reporter(ANN).summary("Please cancel our plan")
                .comment(ANN, h(5), "cancel now").build();
        assertThat(signals(inSummary, Tier.KEY, CallbackHistory.NOT_KEPT)).extracting(SignalOccurrence::signal, SignalOccurrence::date)
                .containsExactly(tuple(RiskSignal.CHURN_INTENT, T0));
        Ticket inComments = new TicketBuilder("A-7", T0).reporter(ANN).summary("Slow VPN")
                .comment(AGENT, h(1), "you could cancel the job") // agent side: does not count
                .comment(ANN, h(9), "我们考虑解约").comment(ANN, h(7), "we will switch providers").build();
        assertThat(signals(inComments, Tier.KEY, CallbackHistory.NOT_KEPT)).extracting(SignalOccurrence::signal, SignalOccurrence::date)
                .containsExactly(tuple(RiskSignal.CHURN_INTENT, h(7)));
    }

    @Test
    void exceededTicketEarnsMinusFive() {
        Ticket fast = new TicketBuilder("A-8", T0).reporter(ANN).priority("Low").comment(AGENT, h(0.5), "done")
                .resolution("Done", h(1)).build();
        assertThat(signals(fast, Tier.SMALL, CallbackHistory.NOT_KEPT)).extracting(SignalOccurrence::signal, SignalOccurrence::points)
                .containsExactly(tuple(RiskSignal.SCORED_EXCEEDED, -5.0));
    }
}
