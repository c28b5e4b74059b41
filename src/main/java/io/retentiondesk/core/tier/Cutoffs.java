package io.retentiondesk.core.tier;

/**
 * Upper bounds (exclusive, as fractions) of the Key, Major and Ordinary tiers for one tier method.
 * Invariant: {@code 0 < key < major < ordinary <= 1}.
 */
public record Cutoffs(double key, double major, double ordinary) {
    public Cutoffs {
        if (!(key > 0 && key < major && major < ordinary && ordinary <= 1)) {
            throw new IllegalArgumentException("cut-offs must rise: 0 < key < major < ordinary <= 1, got "
                    + key + ", " + major + ", " + ordinary);
        }
    }

    /** The tier for a position (percentile or cumulative share) measured the same way as the cut-offs. */
    public Tier tierAt(double position) {
        if (position < key) {
            return Tier.KEY;
        }
        if (position < major) {
            return Tier.MAJOR;
        }
        return position < ordinary ? Tier.ORDINARY : Tier.SMALL;
    }
}
