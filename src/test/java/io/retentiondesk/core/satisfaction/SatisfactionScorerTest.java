package io.retentiondesk.core.satisfaction;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.ticket.TicketFacts;
import io.retentiondesk.core.tier.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SatisfactionScorerTest {
    private static final Instant R = Instant.parse("2026-06-01T00:00:00Z");
    private final SatisfactionPolicy policy = Policy.defaults().satisfaction();
    private final SatisfactionScorer scorer = new SatisfactionScorer(policy);

    static TicketFacts facts(double aFR, double aTR, int reopens, int handoffs, int chasers, int agentComments,
                             Integer rating) {
        return new TicketFacts(R, "Done", aFR, aTR, Collections.nCopies(reopens, R), handoffs, null, chasers,
                agentComments, rating, null);
    }

    @ParameterizedTest(name = "{0} {1}: {2} / {3}")
    @CsvSource({"KEY,HIGHEST,0.5,8", "KEY,HIGH,1,16", "KEY,MEDIUM,2,24", "KEY,LOW,4,48",
        "MAJOR,HIGHEST,1,16", "MAJOR,HIGH,2,24", "MAJOR,MEDIUM,4,40", "MAJOR,LOW,8,72",
        "ORDINARY,HIGHEST,2,24", "ORDINARY,HIGH,4,40", "ORDINARY,MEDIUM,8,72", "ORDINARY,LOW,16,120",
        "SMALL,HIGHEST,4,40", "SMALL,HIGH,8,72", "SMALL,MEDIUM,16,120", "SMALL,LOW,24,168",
        "UNRATED,MEDIUM,8,72"})
    void expectationTableOfSpec(Tier tier, Priority priority, double tFR, double tTR) {
        assertThat(policy.target(tier, priority)).isEqualTo(new ServiceTarget(tFR, tTR));
    }

    @Test
    void gapsFollowTheFormulas() {
        // ORDINARY / MEDIUM: tFR 8, tTR 72. aFR 4 → 100·(8−4)/8 = 50; aTR 36, 1 re-open → 100·36/72 − 50 = 0;
        // 3 hand-offs → −34·(3−1) = −68 (no fcr); 2 chasers → −50
        DimensionGaps g = scorer.gaps(facts(4, 36, 1, 3, 2, 2, null), policy.target(Tier.ORDINARY, Priority.MEDIUM));
        assertThat(g.responsiveness()).isCloseTo(50, within(1e-9));
        assertThat(g.reliability()).isCloseTo(0, within(1e-9));
        assertThat(g.assurance()).isCloseTo(-68, within(1e-9));
        assertThat(g.empathy()).isCloseTo(-50, within(1e-9));
    }

    @Test
    void gapsAreClampedAndFcrEarnsAssurance() {
        // KEY / HIGHEST: tFR 0.5, aFR 10 → 100·(0.5−10)/0.5 = −1900 → −100; 5 chasers → −125 → −100
        DimensionGaps g = scorer.gaps(facts(10, 1, 0, 0, 5, 1, null), policy.target(Tier.KEY, Priority.HIGHEST));
        assertThat(g.responsiveness()).isEqualTo(-100);
        assertThat(g.empathy()).isEqualTo(-100);
        assertThat(g.assurance()).isEqualTo(20); // fcr: no re-open, no hand-off, one agent comment
    }

    @Test
    void predictedScoreIsRoundedOperationalGap() {
        // SMALL / LOW: tFR 24, tTR 168. aFR 12 → 50; aTR 84 → 50; fcr → 20; no chaser → 0.
        // G = 0.3·50 + 0.3·50 + 0.25·20 + 0 = 35 → S = 35, EXCEEDED, PREDICTED
        SatisfactionScore s = scorer.score(facts(12, 84, 0, 0, 0, 1, null), Tier.SMALL, Priority.LOW).orElseThrow();
        assertThat(s.score()).isEqualTo(35);
        assertThat(s.band()).isEqualTo(SatisfactionBand.EXCEEDED);
        assertThat(s.source()).isEqualTo(ScoreSource.PREDICTED);
    }

    @Test
    void ratedScoreWeighsTheRatingAgainstTheTiersExpectation() {
        // Same operations (G = 35). KEY expects 5: rating 4 → R = −25 → S = round(0.7·−25 + 0.3·G)
        // KEY / LOW: tFR 4, tTR 48: aFR 12 → −200 → −100; aTR 84 → −75; fcr 20 → G = −30 − 22.5 + 5 = −47.5
        // S = round(−17.5 − 14.25) = round(−31.75) = −32, BELOW
        SatisfactionScore key = scorer.score(facts(12, 84, 0, 0, 0, 1, 4), Tier.KEY, Priority.LOW).orElseThrow();
        assertThat(key.score()).isEqualTo(-32);
        assertThat(key.source()).isEqualTo(ScoreSource.RATED);
        // SMALL expects 4: rating 4 → R = 0 → S = round(0.3·35) = round(10.5) = 11, EXCEEDED
        SatisfactionScore small = scorer.score(facts(12, 84, 0, 0, 0, 1, 4), Tier.SMALL, Priority.LOW).orElseThrow();
        assertThat(small.score()).isEqualTo(11);
        assertThat(small.band()).isEqualTo(SatisfactionBand.EXCEEDED);
    }

    @Test
    void bandEdges() {
        assertThat(scorer.band(10)).isEqualTo(SatisfactionBand.EXCEEDED);
        assertThat(scorer.band(9)).isEqualTo(SatisfactionBand.MET);
        assertThat(scorer.band(-9)).isEqualTo(SatisfactionBand.MET);
        assertThat(scorer.band(-10)).isEqualTo(SatisfactionBand.BELOW);
    }

    @Test
    void roundingIsHalfTowardPositiveInfinity() {
        // SMALL / LOW, aFR 24 and aTR 168 exactly as promised (0, 0), no fcr (two agent comments: assurance 0),
        // two chasers: empathy −50 → G = 0.15·−50 = −7.5 → round(−7.5) = −7 (half toward +∞, not −8)
        SatisfactionScore s = scorer.score(facts(24, 168, 0, 0, 2, 2, null), Tier.SMALL, Priority.LOW).orElseThrow();
        assertThat(s.score()).isEqualTo(-7);
    }

    @Test
    void unresolvedTicketHasNoScore() {
        TicketFacts open = new TicketFacts(null, null, Double.NaN, Double.NaN, List.of(), 0, null, 0, 0, null, null);
        assertThat(scorer.score(open, Tier.KEY, Priority.HIGH)).isEmpty();
    }
}
