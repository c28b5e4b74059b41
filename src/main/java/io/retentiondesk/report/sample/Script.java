package io.retentiondesk.report.sample;

/**
 * A planted ticket: one step of a customer's story, due at a time. The generator gives it the first ticket slot
 * at or after that time, so stories happen whatever the random draws do. Unset fields (-1, {@code null},
 * {@code false}) leave the choice to the usual random rules.
 */
final class Script {
    static final int CALLBACK_USUAL = 0;
    static final int CALLBACK_NONE = 1;
    static final int CALLBACK_FAILED = 2;
    static final int CALLBACK_SATISFIED = 3;

    final long at;
    final Customer customer;
    final int step;
    int requestType = -1;
    int summaryIndex = -1;
    String summary;
    String description;
    /** At least this much trouble, whatever the customer's curve says. */
    double trouble = -1;
    int reopens = -1;
    int handoffs = -1;
    /** A forced rating 1–5; 0 leaves it to chance. */
    int rating;
    boolean intentInDescription;
    boolean intentComment;
    boolean keepOpen;
    boolean churn;
    int callback = CALLBACK_USUAL;

    Script(long at, Customer customer, int step) {
        this.at = at;
        this.customer = customer;
        this.step = step;
    }
}
