package io.retentiondesk.core.churn;

import io.retentiondesk.core.policy.Policy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskAssessorTest {
    static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    private final RiskAssessor assessor = new RiskAssessor(Policy.defaults().risk());

    static Instant daysAgo(double days) {
        return AS_OF.minusMillis((long) (days * 86_400_000L));
    }

    static SignalOccurrence occ(RiskSignal s, String key, double daysAgo, double points) {
        return new SignalOccurrence(s, key, daysAgo(daysAgo), points);
    }

    static RiskTicket ticket(String key, double daysAgo, String requestType, String summary, boolean complaint,
                             SignalOccurrence... own) {
        return new RiskTicket(key, daysAgo(daysAgo), requestType, "incident",
                Set.copyOf(io.retentiondesk.core.churn.Words.tokens(summary)), complaint, List.of(own));
    }

    @Test
    void keyCustomerWorkedExampleOfTheResearchNotes() {
        // CSAT 2 ten days ago (15 → 12.86), the same ticket scored S = −40 (18 → 15.43), a re-open 40 days ago
        // (12 → 6.48), a complaint 100 days ago (10 → 2.14): P = 36.91 → 52 HIGH
        RiskAssessment r = assessor.score(List.of(
                occ(RiskSignal.LOW_RATING, "SUP-3", 10, 15),
                occ(RiskSignal.SCORED_BELOW, "SUP-3", 10, 10 + 0.2 * 40),
                occ(RiskSignal.REOPENED, "SUP-2", 40, 12),
                occ(RiskSignal.COMPLAINT, "SUP-1", 100, 10)), AS_OF);
        assertThat(r.points()).isCloseTo(36.91, within(0.005));
        assertThat(r.score()).isEqualTo(52);
        assertThat(r.band()).isEqualTo(RiskBand.HIGH);
        assertThat(r.reasons()).extracting(RiskReason::signal)
                .containsExactly(RiskSignal.SCORED_BELOW, RiskSignal.LOW_RATING, RiskSignal.REOPENED);
        assertThat(r.reasons()).extracting(x -> Math.round(x.points() * 100) / 100d).containsExactly(15.43, 12.86, 6.48);
        assertThat(WinBackPriority.of(r, io.retentiondesk.core.tier.Tier.KEY, false,
                Policy.defaults().risk().winBackWeights())).isEqualTo(208);
    }

    @Test
    void decayHalvesEveryFortyFiveDays() {
        assertThat(assessor.decayed(20, daysAgo(0), AS_OF)).isEqualTo(20);
        assertThat(assessor.decayed(20, daysAgo(45), AS_OF)).isCloseTo(10, within(1e-9));
        assertThat(assessor.decayed(20, daysAgo(90), AS_OF)).isCloseTo(5, within(1e-9));
    }

    @Test
    void negativeTotalsClampAtZeroAndOnlyPositiveContributionsAreReasons() {
        RiskAssessment r = assessor.score(List.of(occ(RiskSignal.RECOVERED, "A-1", 1, -10),
                occ(RiskSignal.SCORED_EXCEEDED, "A-2", 1, -5)), AS_OF);
        assertThat(r.points()).isZero();
        assertThat(r.score()).isZero();
        assertThat(r.band()).isEqualTo(RiskBand.LOW);
        assertThat(r.reasons()).isEmpty();
    }

    @Test
    void bandEdges() {
        RiskBands b = Policy.defaults().risk().bands();
        assertThat(b.bandOf(24)).isEqualTo(RiskBand.LOW);
        assertThat(b.bandOf(25)).isEqualTo(RiskBand.MEDIUM);
        assertThat(b.bandOf(49)).isEqualTo(RiskBand.MEDIUM);
        assertThat(b.bandOf(50)).isEqualTo(RiskBand.HIGH);
        assertThat(b.bandOf(74)).isEqualTo(RiskBand.HIGH);
        assertThat(b.bandOf(75)).isEqualTo(RiskBand.CRITICAL);
    }

    @Test
    void reasonsTieBreakByNewerDateThenKeyThenCode() {
        RiskAssessment r = assessor.score(List.of(
                occ(RiskSignal.COMPLAINT, "B-1", 0, 10), occ(RiskSignal.CALLBACK_OVERDUE, "A-1", 0, 10),
                occ(RiskSignal.COMPLAINT, "A-1", 0, 10), occ(RiskSignal.COMPLAINT, "C-1", 0, 20),
                occ(RiskSignal.COMPLAINT, "D-1", 45, 20)), AS_OF);
        // C-1 20; D-1 decays to 10 but is older than the three at 10 today; among those: A-1 (COMPLAINT before
        // CALLBACK_OVERDUE in enum order), then A-1 CALLBACK_OVERDUE
        assertThat(r.reasons()).extracting(RiskReason::ticketKey, RiskReason::signal).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C-1", RiskSignal.COMPLAINT),
                org.assertj.core.groups.Tuple.tuple("A-1", RiskSignal.COMPLAINT),
                org.assertj.core.groups.Tuple.tuple("A-1", RiskSignal.CALLBACK_OVERDUE));
    }

    @Test
    void windowExcludesItsOldEdgeAndIncludesAsOf() {
        assertThat(assessor.inWindow(AS_OF, AS_OF)).isTrue();
        assertThat(assessor.inWindow(AS_OF.minus(Duration.ofDays(180)), AS_OF)).isFalse();
        assertThat(assessor.inWindow(AS_OF.minus(Duration.ofDays(180)).plusMillis(1), AS_OF)).isTrue();
        assertThat(assessor.inWindow(AS_OF.plusMillis(1), AS_OF)).isFalse();
        RiskAssessment r = assessor.assess(List.of(ticket("OLD-1", 181, null, "x", false,
                occ(RiskSignal.CHURN_INTENT, "OLD-1", 1, 30))), List.of(), AS_OF);
        assertThat(r.score()).isZero(); // the ticket is outside the window, its late signal does not count
    }

    @Test
    void contactSurgeIsTwentyAtTheFourthTicketInThirtyDaysThenEight() {
        List<RiskTicket> tickets = new ArrayList<>();
        double[] ages = {40, 30, 20, 10, 5};
        for (int i = 0; i < ages.length; i++) {
            tickets.add(ticket("S-" + i, ages[i], null, "topic " + i, false));
        }
        RiskAssessment r = assessor.assess(tickets, List.of(), AS_OF);
        // S-3 (10 days ago): window [40, 10] days ago holds S-0..S-3 = 4 → 20; S-4: [35, 5] holds S-1..S-4 = 4 → 20
        // (S-0 at 40 days is outside). Each decays: 20·0.5^(10/45) + 20·0.5^(5/45)
        double expected = 20 * Math.pow(0.5, 10 / 45.0) + 20 * Math.pow(0.5, 5 / 45.0);
        assertThat(r.points()).isCloseTo(expected, within(1e-9));
        tickets.add(ticket("S-5", 4, null, "topic 5", false)); // [34, 4]: S-1..S-5 = 5 → 8
        RiskAssessment more = assessor.assess(tickets, List.of(), AS_OF);
        assertThat(more.points()).isCloseTo(expected + 8 * Math.pow(0.5, 4 / 45.0), within(1e-9));
    }

    @Test
    void sameProblemNeedsTheSameKindAndSimilarSummaryWithinThirtyDays() {
        RiskTicket first = ticket("P-1", 20, "get it help", "VPN cannot connect from home", false);
        RiskTicket again = ticket("P-2", 5, "get it help", "cannot connect VPN from home office", false);
        // words {vpn, cannot, connect, from, home} vs {cannot, connect, vpn, from, home, office}: 5/6 ≥ 0.5
        RiskAssessment r = assessor.assess(List.of(first, again), List.of(), AS_OF);
        assertThat(r.reasons()).extracting(RiskReason::signal, RiskReason::ticketKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RiskSignal.SAME_PROBLEM, "P-2"));
        RiskTicket otherType = ticket("P-3", 5, "billing question", "VPN cannot connect from home", false);
        RiskTicket noRequestType = ticket("P-4", 5, null, "VPN cannot connect from home", false);
        RiskTicket longBefore = ticket("P-0", 40, "get it help", "VPN cannot connect from home", false);
        assertThat(assessor.assess(List.of(first, otherType), List.of(), AS_OF).score()).isZero();
        assertThat(assessor.assess(List.of(first, noRequestType), List.of(), AS_OF).score()).isZero();
        assertThat(assessor.jaccard(Set.of(), Set.of())).isZero();
        assertThat(assessor.assess(List.of(longBefore, again), List.of(), AS_OF).score()).isZero(); // 35 days apart
    }

    @Test
    void repeatComplaintWithinNinetyDaysOfAnotherComplaintsDoneCallback() {
        RiskTicket second = ticket("C-2", 10, null, "broken again", true);
        RiskAssessment r = assessor.assess(List.of(second),
                List.of(new RiskAssessor.Recovery("C-1", daysAgo(60))), AS_OF);
        assertThat(r.reasons()).extracting(RiskReason::signal).containsExactly(RiskSignal.REPEAT_COMPLAINT);
        assertThat(assessor.assess(List.of(second), List.of(new RiskAssessor.Recovery("C-1", daysAgo(101))), AS_OF)
                .score()).isZero();
        assertThat(assessor.assess(List.of(second), List.of(new RiskAssessor.Recovery("C-2", daysAgo(20))), AS_OF)
                .score()).isZero(); // its own recovery does not count
    }
}
