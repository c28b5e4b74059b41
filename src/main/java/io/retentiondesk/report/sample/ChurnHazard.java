package io.retentiondesk.report.sample;

import io.retentiondesk.core.churn.RiskSignal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Churn driven by poor service, with hidden weights ({@code generate --churn-weights}): besides the planted
 * churn stories, every ordinary or happy customer may leave at any time with the weekly hazard
 * {@code h0·e^(Σ w_k·x_k / 20)}, where {@code x_k} is its decayed count (half-life 45 days) of each kind of poor
 * service it has met and {@code w_k} the kind's weight in points (the same {@code 20·ln(relative risk)} reading
 * as the policy's points). The weights are what a calibration should find; they differ from the §5 defaults when
 * the caller says so. A churned customer files no more tickets and is recorded in values.csv with its
 * {@code churned_at}. Deterministic: its own random stream, customers visited in index order once a week.
 */
final class ChurnHazard {
    /** The kinds of poor service the generator knows about on its own tickets. */
    static final Set<RiskSignal> KINDS = Set.of(RiskSignal.LOW_RATING, RiskSignal.COMPLAINT, RiskSignal.REOPENED,
            RiskSignal.HANDOFFS, RiskSignal.CALLBACK_FAILED, RiskSignal.RECOVERED);
    /** Baseline monthly hazard of a customer with a clean record. */
    static final double BASE_PER_MONTH = 0.004;
    private static final long STEP = 7 * Times.DAY;
    private static final double HALF_LIFE_DAYS = 45;
    private static final long HORIZON = 180 * Times.DAY;

    private record Event(long at, int kind) {
    }

    private final double[] weights;
    private final RiskSignal[] kinds;
    private final Customer[] customers;
    private final List<List<Event>> events = new ArrayList<>();
    private final boolean[] active;
    private final SplittableRandom rnd;
    private long clock;

    /**
     * @param weights points per kind; a kind left out counts with its §5 default points
     * @throws IllegalArgumentException for a signal the generator cannot make on purpose
     */
    ChurnHazard(Map<RiskSignal, Double> weights, Map<RiskSignal, Double> defaults, Customer[] customers, long start,
                SplittableRandom rnd) {
        for (RiskSignal s : weights.keySet()) {
            if (!KINDS.contains(s)) {
                throw new IllegalArgumentException(s.name());
            }
        }
        Map<RiskSignal, Double> all = new EnumMap<>(RiskSignal.class);
        for (RiskSignal s : KINDS) {
            all.put(s, weights.getOrDefault(s, defaults.get(s)));
        }
        this.kinds = all.keySet().toArray(new RiskSignal[0]);
        this.weights = new double[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            this.weights[k] = all.get(kinds[k]);
        }
        this.customers = customers;
        this.active = new boolean[customers.length];
        for (int i = 0; i < customers.length; i++) {
            events.add(new ArrayList<>());
        }
        this.rnd = rnd;
        this.clock = start;
    }

    /** What one ticket did to its customer. */
    void ticket(Plan p) {
        Customer c = p.customer;
        active[c.index] = true;
        // each kind dated as SPEC §5 dates its signal, so the hidden weights are what a calibration can recover
        long done = p.resolvedAt > 0 ? p.resolvedAt : p.created;
        if (p.rating > 0 && p.rating <= 2) {
            add(c, done, RiskSignal.LOW_RATING);
        }
        if (p.complaint) {
            add(c, p.created, RiskSignal.COMPLAINT);
        }
        for (Plan.History h : p.histories) {
            for (Plan.Item item : h.items()) {
                if ("status".equals(item.field()) && "Reopened".equals(item.toText())) {
                    add(c, h.at(), RiskSignal.REOPENED);
                }
            }
        }
        if (p.handoffs > 1) {
            add(c, done, RiskSignal.HANDOFFS);
        }
    }

    /** A callback's outcome. */
    void callback(Customer c, long at, String outcome) {
        if (outcome.equals("STILL_DISSATISFIED")) {
            add(c, at, RiskSignal.CALLBACK_FAILED);
        } else if (outcome.equals("SATISFIED")) {
            add(c, at, RiskSignal.RECOVERED);
        }
    }

    private void add(Customer c, long at, RiskSignal kind) {
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k] == kind) {
                events.get(c.index).add(new Event(at, k));
            }
        }
    }

    /** Lets time pass up to {@code t}: each week, each customer still there may leave. */
    void advance(long t) {
        double perStep = BASE_PER_MONTH * STEP / (365.2425 / 12 * Times.DAY);
        while (clock + STEP <= t) {
            clock += STEP;
            for (Customer c : customers) {
                if (!active[c.index] || (c.story != Customer.Story.ORDINARY && c.story != Customer.Story.HAPPY)) {
                    continue;
                }
                List<Event> own = events.get(c.index);
                own.removeIf(e -> e.at < clock - HORIZON);
                double p = 0;
                for (Event e : own) {
                    if (e.at <= clock) {
                        p += weights[e.kind] * StrictMath.pow(0.5, (clock - e.at) / (HALF_LIFE_DAYS * Times.DAY));
                    }
                }
                double hazard = perStep * StrictMath.exp(p / 20);
                if (rnd.nextDouble() < -StrictMath.expm1(-hazard)) {
                    c.story = Customer.Story.CHURNING;
                    c.churnType = p > 0 ? Customer.DISSATISFACTION : Customer.NATURAL;
                    c.churnAt = clock; // at the week's end, so no ticket of its written after it
                    c.churnRecorded = true;
                    c.valueRow = true;
                }
            }
        }
    }
}
