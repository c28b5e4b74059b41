package io.retentiondesk.core.tier;

import java.util.Optional;

/**
 * The value × growth-potential matrix (seed 002, table 3-3) and the retention strategy of each quadrant.
 */
public enum Quadrant {
    /** Low value, low potential: no investment; end or leave the relationship. */
    I,
    /** Low value, high potential: moderate investment; rebuild the relationship. */
    II,
    /** High value, low potential: key investment; keep a high-level relationship. */
    III,
    /** High value, high potential: top priority; spare no effort to keep and develop. */
    IV;

    /**
     * The quadrant of a customer; empty without a potential or for an UNRATED customer, rather than assuming
     * low potential (which would tell every unscored Major customer "no growth").
     */
    public static Optional<Quadrant> of(Tier tier, Integer potential, int highPotentialAt) {
        if (potential == null || tier == Tier.UNRATED) {
            return Optional.empty();
        }
        boolean highPotential = potential >= highPotentialAt;
        if (tier.isHighValue()) {
            return Optional.of(highPotential ? IV : III);
        }
        return Optional.of(highPotential ? II : I);
    }

    /** i18n key of the retention strategy shown with the quadrant. */
    public String strategyKey() {
        return "retention.quadrant." + name() + ".strategy";
    }
}
