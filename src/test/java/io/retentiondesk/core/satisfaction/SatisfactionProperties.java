package io.retentiondesk.core.satisfaction;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.ticket.TicketFacts;
import io.retentiondesk.core.tier.Tier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionProperties {
    private final SatisfactionScorer scorer = new SatisfactionScorer(Policy.defaults().satisfaction());

    @Property
    void scoreAndGapsStayInRange(@ForAll @DoubleRange(min = 0, max = 5000) double aFR,
                                 @ForAll @DoubleRange(min = 0, max = 5000) double aTR,
                                 @ForAll @IntRange(max = 20) int reopens, @ForAll @IntRange(max = 20) int handoffs,
                                 @ForAll @IntRange(max = 20) int chasers, @ForAll @IntRange(max = 5) int rating,
                                 @ForAll Tier tier, @ForAll Priority priority) {
        TicketFacts f = SatisfactionScorerTest.facts(aFR, aTR, reopens, handoffs, chasers, 1, rating == 0 ? null : rating);
        SatisfactionScore s = scorer.score(f, tier, priority).orElseThrow();
        assertThat(s.score()).isBetween(-100, 100);
        DimensionGaps g = s.dimensions();
        for (double d : new double[] {g.responsiveness(), g.reliability(), g.assurance(), g.empathy()}) {
            assertThat(d).isBetween(-100.0, 100.0);
        }
    }

    @Property
    void oneMoreReopenOrHandoffNeverRaisesTheScore(@ForAll @DoubleRange(min = 0, max = 500) double aFR,
                                                   @ForAll @DoubleRange(min = 0, max = 500) double aTR,
                                                   @ForAll @IntRange(max = 10) int reopens,
                                                   @ForAll @IntRange(max = 10) int handoffs,
                                                   @ForAll @IntRange(max = 5) int chasers,
                                                   @ForAll @IntRange(max = 3) int agentComments,
                                                   @ForAll @IntRange(max = 5) int rating,
                                                   @ForAll Tier tier, @ForAll Priority priority) {
        Integer r = rating == 0 ? null : rating;
        int base = score(aFR, aTR, reopens, handoffs, chasers, agentComments, r, tier, priority);
        assertThat(score(aFR, aTR, reopens + 1, handoffs, chasers, agentComments, r, tier, priority)).isLessThanOrEqualTo(base);
        assertThat(score(aFR, aTR, reopens, handoffs + 1, chasers, agentComments, r, tier, priority)).isLessThanOrEqualTo(base);
    }

    private int score(double aFR, double aTR, int reopens, int handoffs, int chasers, int agentComments, Integer rating,
                      Tier tier, Priority priority) {
        return scorer.score(SatisfactionScorerTest.facts(aFR, aTR, reopens, handoffs, chasers, agentComments, rating),
                tier, priority).orElseThrow().score();
    }
}
