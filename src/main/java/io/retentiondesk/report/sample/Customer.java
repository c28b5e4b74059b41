package io.retentiondesk.report.sample;

import java.util.Arrays;

/**
 * One customer of the sample export: who it is, what the value file says about it, the story it plays, and the
 * little it must remember while tickets stream past (which summary it last used, whether its churn ticket is
 * written). This per-customer state is all the generator holds.
 */
final class Customer {
    enum Story { ORDINARY, HAPPY, DRIFTING, CHURNING }

    /**
     * How a churned customer's last weeks are scripted, after the kinds of lost customers in seed 002 §3.3: NATURAL
     * (forced to leave: closed, moved, merged), COMPETITION (attracted or poached by a competitor), DISSATISFACTION
     * (left of its own accord after poor service), PRICE (left over price). {@code CHURN_TYPES} holds the churn type
     * the value file records for each, a {@code ChurnType} name (SPEC §11: other text would be kept as OTHER).
     */
    static final String[] CHURN_TYPES = {"FORCED_TO_LEAVE", "ATTRACTED_BY_COMPETITOR", "LEFT_VOLUNTARILY",
        "LEFT_VOLUNTARILY"};
    static final int NATURAL = 0;
    static final int COMPETITION = 1;
    static final int DISSATISFACTION = 2;
    static final int PRICE = 3;

    /** How long before a churn the trouble that leads to it starts. */
    static final long PRE_CHURN = 75 * Times.DAY;

    final int index;
    boolean organization;
    int orgId;
    /** The customer key: the organization's name, or the individual's username. */
    String key;
    boolean chinese;
    User[] reporters;
    long annualValue;
    /** Growth potential 0–100, or -1 when the value file leaves it blank. */
    int potential = -1;
    boolean valueRow = true;
    boolean unworthy;
    Story story = Story.ORDINARY;
    /** Everyday trouble level 0–1: slower answers, more complaints and re-opens, lower ratings. */
    double mood;
    /** Multiplies response and work times: the desk serves its biggest accounts faster (premium SLAs). */
    double service = 1;
    double weight;
    int churnType = -1;
    long churnAt;
    boolean churnRecorded;
    long driftFrom;
    long driftTo;

    boolean churnTicketWritten;
    final int[] lastSummary = new int[Texts.REQUEST_TYPES.length];
    final long[] lastSummaryAt = new long[Texts.REQUEST_TYPES.length];

    Customer(int index) {
        this.index = index;
        Arrays.fill(lastSummary, -1);
    }

    boolean churns() {
        return story == Story.CHURNING;
    }

    /** How badly things go for this customer at time t, 0 (fine) to 1 (about to leave). */
    double trouble(long t) {
        switch (story) {
            case DRIFTING:
                if (t >= driftFrom) {
                    return Math.min(1, mood + 0.5 + 0.4 * (t - driftFrom) / (double) (driftTo - driftFrom));
                }
                return mood;
            case CHURNING:
                if (t >= churnAt - PRE_CHURN && t <= churnAt) {
                    double progress = (t - (churnAt - PRE_CHURN)) / (double) PRE_CHURN;
                    if (churnType == DISSATISFACTION || churnType == COMPETITION) {
                        return Math.min(1, mood + 0.35 + 0.5 * progress);
                    }
                    if (churnType == PRICE) {
                        return Math.min(1, mood + 0.25);
                    }
                }
                return mood;
            default:
                return mood;
        }
    }

    /** Relative chance that a ticket at time t is this customer's; 0 once it has left. */
    double weight(long t) {
        if (story == Story.CHURNING) {
            if (t > churnAt) {
                return 0;
            }
            return t >= churnAt - PRE_CHURN ? weight * 1.5 : weight;
        }
        if (story == Story.DRIFTING && t >= driftFrom) {
            return weight * 2.5;
        }
        return weight;
    }

    /** The most {@link #weight(long)} can be, for rejection sampling. */
    double envelope() {
        return story == Story.DRIFTING ? weight * 2.5 : story == Story.CHURNING ? weight * 1.5 : weight;
    }
}
