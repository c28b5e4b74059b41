package io.retentiondesk.core.ticket;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TicketFactsCalculatorTest {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    static final Person ANN = Person.named("ann");
    static final Person AGENT = Person.named("agent1");
    private final TicketFactsCalculator calc = new TicketFactsCalculator("Time to first response", "Time to resolution");

    static Instant h(double hours) {
        return T0.plusMillis((long) (hours * 3_600_000));
    }

    static TicketBuilder ticket() {
        return new TicketBuilder("SUP-1", T0).reporter(ANN).priority("Medium");
    }

    private TicketFacts facts(Ticket t) {
        return calc.facts(t, CustomerSide.of(Set.of(), t), AS_OF);
    }

    @Test
    void firstResponseIsTheFirstAgentCommentAndResolutionIsCreatedToResolved() {
        Ticket t = ticket().comment(ANN, h(1), "hello?").comment(AGENT, h(3), "on it").resolution("Done", h(10)).build();
        TicketFacts f = facts(t);
        assertThat(f.firstResponseHours()).isCloseTo(3, within(1e-9));
        assertThat(f.resolutionHours()).isCloseTo(10, within(1e-9));
        assertThat(f.chasers()).isEqualTo(1); // description then ann's comment
        assertThat(f.agentComments()).isEqualTo(1);
        assertThat(f.firstContactResolution()).isTrue();
    }

    @Test
    void aCompletedFirstResponseSlaCycleWinsOverComments() {
        Ticket t = ticket().comment(AGENT, h(3), "on it").resolution("Done", h(10))
                .sla(new SlaCycle("Time to first response", h(5), false))
                .sla(new SlaCycle("Time to first response", h(2), false)) // earliest completed cycle
                .build();
        assertThat(facts(t).firstResponseHours()).isCloseTo(2, within(1e-9));
    }

    @Test
    void withoutAnAgentReplyFirstResponseIsTheResolutionTime() {
        Ticket t = ticket().resolution("Done", h(6)).comment(AGENT, h(7), "after resolution").build();
        TicketFacts f = facts(t);
        assertThat(f.firstResponseHours()).isCloseTo(6, within(1e-9));
        assertThat(f.agentComments()).isZero(); // the comment after the final resolution does not count
    }

    @Test
    void reopensCountResolutionGoingFromSetToEmpty() {
        Ticket t = ticket().resolutionChange(h(5), null, "Done").resolutionChange(h(6), "Done", null)
                .resolutionChange(h(8), null, "Done").resolutionChange(h(9), "Done", null)
                .resolution("Done", h(12)).resolutionChange(h(12), null, "Done").build();
        TicketFacts f = facts(t);
        assertThat(f.reopens()).isEqualTo(2);
        assertThat(f.reopenTimes()).containsExactly(h(6), h(9));
        assertThat(f.resolvedAt()).isEqualTo(h(12));
        assertThat(f.firstContactResolution()).isFalse();
    }

    @Test
    void handoffsFollowTheAssigneeHistory() {
        // X → Y → none → Z: 2 hand-offs; the first assignment is not one
        Ticket t = ticket().assigneeChange(h(1), null, "x").assigneeChange(h(2), "x", "y")
                .assigneeChange(h(3), "y", null).assigneeChange(h(4), null, "z").resolution("Done", h(5)).build();
        TicketFacts f = facts(t);
        assertThat(f.handoffs()).isEqualTo(2);
        assertThat(f.lastHandoffAt()).isEqualTo(h(4));
        // X → none → X: 0
        Ticket back = ticket().assigneeChange(h(1), null, "x").assigneeChange(h(2), "x", null)
                .assigneeChange(h(3), null, "x").resolution("Done", h(5)).build();
        assertThat(facts(back).handoffs()).isZero();
        // X → none → Y: 1
        Ticket other = ticket().assigneeChange(h(1), null, "x").assigneeChange(h(2), "x", null)
                .assigneeChange(h(3), null, "y").resolution("Done", h(5)).build();
        assertThat(facts(other).handoffs()).isEqualTo(1);
    }

    @Test
    void handoffsAfterTheFinalResolutionDoNotCount() {
        Ticket t = ticket().assigneeChange(h(1), null, "x").resolution("Done", h(2)).assigneeChange(h(3), "x", "y").build();
        assertThat(facts(t).handoffs()).isZero();
    }

    @Test
    void chasersAreCustomerMessagesAfterCustomerMessages() {
        Person bob = Person.named("bob"); // a participant: customer side
        Ticket t = ticket().participant(bob).comment(ANN, h(1), "a").comment(bob, h(2), "b").comment(AGENT, h(3), "c")
                .comment(ANN, h(4), "d").comment(null, h(5), "anonymous").resolution("Done", h(6)).build();
        TicketFacts f = facts(t);
        // description → a (chaser) → b (chaser) → agent → d (not) → anonymous (chaser)
        assertThat(f.chasers()).isEqualTo(3);
    }

    @Test
    void otherReportersOfTheCustomerAreCustomerSide() {
        Person carl = Person.named("carl");
        Ticket t = ticket().comment(carl, h(1), "me too").resolution("Done", h(2)).build();
        TicketFacts asAgent = calc.facts(t, CustomerSide.of(Set.of(), t), AS_OF);
        TicketFacts asCustomer = calc.facts(t, CustomerSide.of(Set.of("carl"), t), AS_OF);
        assertThat(asAgent.firstResponseHours()).isCloseTo(1, within(1e-9));
        assertThat(asCustomer.firstResponseHours()).isCloseTo(2, within(1e-9));
        assertThat(asCustomer.chasers()).isEqualTo(1);
    }

    @Test
    void fcrAllowsAtMostOneAgentComment() {
        Ticket t = ticket().comment(AGENT, h(1), "a").comment(AGENT, h(2), "b").resolution("Done", h(3)).build();
        assertThat(facts(t).firstContactResolution()).isFalse();
    }

    @Test
    void nothingAfterAsOfHasHappened() {
        Ticket t = ticket().comment(AGENT, h(1), "a").resolution("Done", h(100)).rating(5, h(101)).build();
        TicketFacts before = calc.facts(t, CustomerSide.of(Set.of(), t), h(50));
        assertThat(before.resolved()).isFalse();
        assertThat(before.rating()).isNull();
        TicketFacts ratedLater = calc.facts(t, CustomerSide.of(Set.of(), t), h(100.5));
        assertThat(ratedLater.resolved()).isTrue();
        assertThat(ratedLater.rating()).isNull(); // the rating came after asOf
        assertThat(facts(t).rating()).isEqualTo(5);
    }

    @Test
    void slaBreachIsKnownOnlyWhenTheTicketHasSlaData() {
        Ticket none = ticket().resolution("Done", h(2)).build();
        assertThat(facts(none).slaBreached()).isNull();
        Ticket breached = ticket().resolution("Done", h(2)).sla(new SlaCycle("Time to resolution", h(2), true)).build();
        assertThat(facts(breached).slaBreached()).isTrue();
        Ticket met = ticket().resolution("Done", h(2)).sla(new SlaCycle("Time to first response", h(1), false)).build();
        assertThat(facts(met).slaBreached()).isFalse();
    }
}
