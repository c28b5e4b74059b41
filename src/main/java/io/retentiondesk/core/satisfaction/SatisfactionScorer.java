package io.retentiondesk.core.satisfaction;

import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.ticket.TicketFacts;
import io.retentiondesk.core.tier.Tier;

import java.util.Objects;
import java.util.Optional;

/**
 * Scores a resolved ticket: satisfaction = experience − expectation (SPEC §2). Stateless and thread-safe;
 * allocates only the result.
 */
public final class SatisfactionScorer {
    private final SatisfactionPolicy policy;

    public SatisfactionScorer(SatisfactionPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    /** The score of a resolved ticket, or empty when the ticket is unresolved as of its facts. */
    public Optional<SatisfactionScore> score(TicketFacts facts, Tier tier, Priority priority) {
        if (!facts.resolved()) {
            return Optional.empty();
        }
        DimensionGaps gaps = gaps(facts, policy.target(tier, priority));
        SatisfactionPolicy.GapWeights w = policy.weights();
        double g = w.responsiveness() * gaps.responsiveness() + w.reliability() * gaps.reliability()
                + w.assurance() * gaps.assurance() + w.empathy() * gaps.empathy();
        int s;
        ScoreSource source;
        if (facts.rating() != null) {
            double r = (facts.rating() - policy.expectedRating(tier)) * policy.pointsPerRatingStep();
            s = (int) Math.round(policy.ratedWeight() * r + (1 - policy.ratedWeight()) * g);
            source = ScoreSource.RATED;
        } else {
            s = (int) Math.round(g);
            source = ScoreSource.PREDICTED;
        }
        s = (int) clamp(s);
        return Optional.of(new SatisfactionScore(s, band(s), source, gaps));
    }

    public DimensionGaps gaps(TicketFacts facts, ServiceTarget target) {
        double tFR = target.firstResponseHours();
        double tTR = target.resolutionHours();
        double responsiveness = clamp(100 * (tFR - facts.firstResponseHours()) / tFR);
        double reliability = clamp(100 * (tTR - facts.resolutionHours()) / tTR
                - policy.reopenPenalty() * facts.reopens());
        double assurance = clamp(-policy.handoffPenalty() * Math.max(0, facts.handoffs() - policy.maxHandoffs())
                + (facts.firstContactResolution() ? policy.fcrBonus() : 0));
        double empathy = clamp(-policy.chaserPenalty() * facts.chasers());
        return new DimensionGaps(responsiveness, reliability, assurance, empathy);
    }

    public SatisfactionBand band(int score) {
        if (score >= policy.exceededAt()) {
            return SatisfactionBand.EXCEEDED;
        }
        return score <= policy.belowAt() ? SatisfactionBand.BELOW : SatisfactionBand.MET;
    }

    static double clamp(double x) {
        return Math.min(100, Math.max(-100, x));
    }
}
