package io.retentiondesk.core.satisfaction;

import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.tier.Tier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Satisfaction settings of the policy (SPEC §2). Targets exist for every tier but UNRATED, which is expected
 * like ORDINARY.
 *
 * @param targets            tFR / tTR per tier and priority
 * @param maxHandoffs        hand-offs the customer tolerates
 * @param weights            weights of the operational gap G
 * @param reopenPenalty      reliability points lost per re-open
 * @param handoffPenalty     assurance points lost per hand-off beyond the maximum
 * @param fcrBonus           assurance points for first-contact resolution
 * @param chaserPenalty      empathy points lost per chaser
 * @param ratedWeight        weight of the rated gap R when a rating exists (G gets the rest)
 * @param pointsPerRatingStep points per CSAT step between the rating and the expected rating
 * @param expectedRating     rating each tier expects
 * @param exceededAt         S at or above this is EXCEEDED
 * @param belowAt            S at or below this is BELOW
 * @param priorityMap        other priority schemes, by lower-case name
 * @param firstResponseSla   name of the first-response SLA
 * @param resolutionSla      name of the resolution SLA
 */
public record SatisfactionPolicy(Map<Tier, Map<Priority, ServiceTarget>> targets, int maxHandoffs,
                                 GapWeights weights, double reopenPenalty, double handoffPenalty, double fcrBonus,
                                 double chaserPenalty, double ratedWeight, double pointsPerRatingStep,
                                 Map<Tier, Integer> expectedRating, int exceededAt, int belowAt,
                                 Map<String, Priority> priorityMap, String firstResponseSla, String resolutionSla) {

    public SatisfactionPolicy {
        targets = copyTargets(targets);
        expectedRating = Map.copyOf(expectedRating);
        priorityMap = Map.copyOf(priorityMap);
        Objects.requireNonNull(weights, "weights");
        if (exceededAt <= belowAt) {
            throw new IllegalArgumentException("exceededAt must be above belowAt");
        }
    }

    /** The promise for a tier and priority; UNRATED customers are promised what ORDINARY ones are. */
    public ServiceTarget target(Tier tier, Priority priority) {
        Tier promised = tier == Tier.UNRATED ? Tier.ORDINARY : tier;
        return targets.get(promised).get(priority);
    }

    public int expectedRating(Tier tier) {
        return expectedRating.get(tier);
    }

    private static Map<Tier, Map<Priority, ServiceTarget>> copyTargets(Map<Tier, Map<Priority, ServiceTarget>> in) {
        Map<Tier, Map<Priority, ServiceTarget>> out = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            if (tier == Tier.UNRATED) {
                continue;
            }
            Map<Priority, ServiceTarget> row = in.get(tier);
            if (row == null || !row.keySet().containsAll(java.util.EnumSet.allOf(Priority.class))) {
                throw new IllegalArgumentException("targets." + tier + ": expected a target for every priority");
            }
            out.put(tier, Map.copyOf(row));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Weights of the four gaps in G; they need not sum to 1, but default to 0.30/0.30/0.25/0.15. */
    public record GapWeights(double responsiveness, double reliability, double assurance, double empathy) {
    }
}
