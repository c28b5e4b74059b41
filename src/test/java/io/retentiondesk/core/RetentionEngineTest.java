package io.retentiondesk.core;

import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.core.callback.CallbackStatus;
import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.WinBackPolicy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionEngineTest {
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    private static final CustomerKey ACME = CustomerKey.of("acme");
    private final RetentionEngine engine = new RetentionEngine(Policy.defaults());

    private TicketEvaluation evaluate(Ticket t, CallbackHistory logged) {
        return engine.evaluate(t, ACME, CustomerSide.of(Set.of(), t), Tier.MAJOR, logged, AS_OF);
    }

    @Test
    void exportedCallbackFieldsWinOverTheLogAndTheLogOverUnknown() {
        Ticket recorded = new TicketBuilder("C-1", T0).reporter(Person.named("ann")).issueType("Complaint")
                .resolution("Done", T0.plusSeconds(3600)).appCallback("DONE", T0.plusSeconds(7200)).build();
        assertThat(evaluate(recorded, CallbackHistory.of(List.of())).callback().status()).isEqualTo(CallbackStatus.DONE);
        Ticket plain = new TicketBuilder("C-2", T0).reporter(Person.named("ann")).issueType("Complaint")
                .resolution("Done", T0.plusSeconds(3600)).build();
        assertThat(evaluate(plain, CallbackHistory.of(List.of())).callback().status()).isEqualTo(CallbackStatus.OVERDUE);
        assertThat(evaluate(plain, CallbackHistory.NOT_KEPT).callback().status()).isEqualTo(CallbackStatus.UNKNOWN);
        assertThat(evaluate(new TicketBuilder("N-1", T0).build(), CallbackHistory.NOT_KEPT).complaint()).isFalse();
    }

    @Test
    void recoveriesComeFromSatisfiedAttemptsOrARecordedDone() {
        Ticket c = new TicketBuilder("C-3", T0).reporter(Person.named("ann")).issueType("Complaint")
                .resolution("Done", T0.plusSeconds(3600)).build();
        Instant call = T0.plusSeconds(86_400);
        TicketEvaluation e = evaluate(c, CallbackHistory.of(List.of(new CallbackAttempt("C-3", call, null, CallbackOutcome.SATISFIED, 5, ""))));
        assertThat(engine.recoveries(List.of(e))).containsExactly(new RiskAssessor.Recovery("C-3", call));
    }

    @Test
    void standingOfChurnedUnworthyAndActiveCustomers() {
        CustomerStanding churned = engine.standing(ACME, Tier.KEY, 80, List.of(), List.of(), T0, false, AS_OF);
        assertThat(churned.risk().band()).isEqualTo(RiskBand.CHURNED);
        assertThat(churned.winBackPriority()).isEqualTo(400);
        assertThat(churned.quadrant()).isEqualTo(Quadrant.IV);
        CustomerStanding unworthy = engine.standing(ACME, Tier.KEY, null, List.of(), List.of(), null, true, AS_OF);
        assertThat(unworthy.winBackPolicy()).isEqualTo(WinBackPolicy.DROP);
        assertThat(unworthy.winBackPriority()).isNull();
        assertThat(unworthy.risk().score()).isZero();
        assertThat(unworthy.quadrant()).isNull();
        CustomerStanding quiet = engine.standing(ACME, Tier.SMALL, 10, List.of(), List.of(), null, false, AS_OF);
        assertThat(quiet.winBackPriority()).isZero();
        assertThat(quiet.winBackPolicy()).isEqualTo(WinBackPolicy.DO_NOT_PURSUE);
    }

    @Test
    void priorityComesThroughThePolicyMap() {
        assertThat(engine.priorityOf(new TicketBuilder("P-1", T0).priority("Blocker").build()))
                .isEqualTo(io.retentiondesk.core.ticket.Priority.HIGHEST);
    }
}
