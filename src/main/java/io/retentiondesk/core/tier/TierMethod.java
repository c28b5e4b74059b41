package io.retentiondesk.core.tier;

/** How customers with a positive value are split into tiers (SPEC §3). */
public enum TierMethod {
    /** By rank percentile among the customers with a value: 5 / 15 / 30 / 50 % by default. */
    COUNT_SHARE,
    /** ABC analysis by the cumulative share of value before the customer: 50 / 80 / 95 % by default. */
    VALUE_SHARE
}
