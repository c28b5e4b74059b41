package io.retentiondesk.core.tier;

/**
 * Value tier of a customer (seed 001: classification by contribution to sales). {@link #UNRATED} means the
 * value is unknown: such a customer is never silently treated as Small.
 */
public enum Tier {
    KEY, MAJOR, ORDINARY, SMALL, UNRATED;

    /** Key and Major are the "high value" rows of the value × potential matrix. */
    public boolean isHighValue() {
        return this == KEY || this == MAJOR;
    }
}
