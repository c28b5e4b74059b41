package io.retentiondesk.core.tier;

/** What to do when a customer leaves (seed 002 §3.6). */
public enum WinBackPolicy {
    WIN_BACK_AT_ALL_COSTS, CASE_BY_CASE, DO_NOT_PURSUE, DROP;

    /** Unworthy customers (fraud, malicious arrears, abuse) are dropped whatever their tier. */
    public static WinBackPolicy of(Tier tier, boolean unworthy) {
        if (unworthy) {
            return DROP;
        }
        switch (tier) {
            case KEY:
            case MAJOR:
                return WIN_BACK_AT_ALL_COSTS;
            case SMALL:
                return DO_NOT_PURSUE;
            default:
                return CASE_BY_CASE;
        }
    }

    public String i18nKey() {
        return "retention.winback." + name();
    }
}
