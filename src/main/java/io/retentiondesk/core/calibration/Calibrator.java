package io.retentiondesk.core.calibration;

import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskPolicy;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.churn.SignalOccurrence;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.rates.ChurnRateCalculator;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fits the churn-risk points to a history (SPEC §12). Every calendar month from the first full month after the
 * earliest ticket to the last one ended by {@code asOf} gives one row per customer in that month's base (a
 * ticket in the policy's history months before it, not churned before it): its decayed occurrence count of each
 * signal at the month's start, {@code x_s}, whether it churned in the month, and for how much of the month it
 * was at risk (the hazard is taken as constant over the month). The signals are those of
 * {@link RiskAssessor#occurrences}, the same evaluation the report and the Jira app score with; an occurrence the
 * policy already weighs differently from its signal's base points (a {@code SCORED_BELOW} by its depth, a surge
 * ticket beyond the threshold) counts in proportion, so {@code P = Σ points_s·x_s} is exactly the report's P.
 *
 * <p>The hazard is {@code h0·e^(P/20)}; each point has a Gaussian prior centred on the policy's points with a
 * standard deviation of {@value #PRIOR_SD_POINTS} points, so a signal with little evidence stays near its
 * default and one that never occurs keeps it exactly. The half-life is chosen from {@link #HALF_LIVES} by the
 * penalised likelihood. Before fitting on everything, the same fit on the months up to {@code asOf − 90 d}
 * scores the customers at that time with the policy's points and the fitted ones, against churn in the 90 days
 * after: ROC AUC, churn by band and a calibration table by decile.
 *
 * <pre>{@code
 * CalibrationResult r = new Calibrator(policy).calibrate(histories, asOf, Calibrator.Progress.NONE);
 * if (r.recommendation() == CalibrationResult.Recommendation.APPLY_FITTED) { ... r.fittedPoints() ... }
 * }</pre>
 *
 * <p>Deterministic: customers are taken in key order, sums in row order, only {@link StrictMath}; the same
 * histories give the same result bit for bit. Memory: one row of 14 doubles per customer-month and half-life.
 * Thread-safe (no state between calls).
 */
public final class Calibrator {
    /** The half-lives tried, in days. */
    public static final List<Double> HALF_LIVES = List.of(30d, 45d, 60d, 90d);
    public static final int MIN_CHURNERS = 20;
    public static final int MIN_MONTHS = 6;
    public static final int HOLD_OUT_DAYS = 90;
    public static final double PRIOR_SD_POINTS = 20;
    public static final int MIN_POINTS = -50;
    public static final int MAX_POINTS = 100;
    /** Points per unit of log relative risk: points read as {@code 20·ln(relative risk)}. */
    static final double POINTS_PER_LOG = 20;
    private static final double Z95 = 1.959963984540054;
    private static final double MILLIS_PER_DAY = 86_400_000d;
    private static final double DAYS_PER_MONTH = 365.2425 / 12;
    private static final RiskSignal[] SIGNALS = RiskSignal.values();
    private static final int K = SIGNALS.length;

    /** Told how far the customer-months have got; called from the calibrating thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void customers(int done, int total);
    }

    private final RiskPolicy policy;
    private final int historyMonths;
    private final RiskAssessor assessor;
    /** The grid's half-lives, then the policy's own (for scoring with the points in use). */
    private final double[] decays;

    public Calibrator(Policy policy) {
        this(policy.risk(), policy.rates().historyMonths());
    }

    /**
     * @param policy        the risk settings in use: the signals are evaluated with them and the fit starts from
     *                      (and is pulled towards) their points
     * @param historyMonths a customer is in a month's base with a ticket in this many months before it (SPEC §6)
     */
    public Calibrator(RiskPolicy policy, int historyMonths) {
        this.policy = Objects.requireNonNull(policy);
        this.historyMonths = historyMonths;
        this.assessor = new RiskAssessor(policy);
        this.decays = new double[HALF_LIVES.size() + 1];
        for (int i = 0; i < HALF_LIVES.size(); i++) {
            decays[i] = HALF_LIVES.get(i);
        }
        decays[HALF_LIVES.size()] = policy.halfLifeDays();
    }

    /**
     * @throws CalibrationRefused when the history has fewer than {@value #MIN_CHURNERS} churners or
     *                            {@value #MIN_MONTHS} months, or nothing to learn from or test on before and
     *                            after {@code asOf − 90 d}
     */
    public CalibrationResult calibrate(Collection<CustomerHistory> histories, Instant asOf, Progress progress) {
        List<CustomerHistory> customers = new ArrayList<>(histories);
        customers.sort(Comparator.comparing(CustomerHistory::key));
        Instant earliest = null;
        for (CustomerHistory c : customers) {
            for (RiskTicket t : c.tickets()) {
                if (!t.created().isAfter(asOf) && (earliest == null || t.created().isBefore(earliest))) {
                    earliest = t.created();
                }
            }
        }
        List<YearMonth> months = months(earliest, asOf);
        Instant holdOutFrom = asOf.minus(Duration.ofDays(HOLD_OUT_DAYS));
        Design design = new Design((int) Math.min(1 << 16, (long) customers.size() * Math.max(1, months.size())));
        List<Scored> holdOut = new ArrayList<>();
        long[] occurrences = new long[K];
        for (int ci = 0; ci < customers.size(); ci++) {
            addCustomer(customers.get(ci), months, holdOutFrom, asOf, design, holdOut, occurrences);
            progress.customers(ci + 1, customers.size());
        }
        int trainingRows = 0;
        int trainingChurners = 0;
        for (int i = 0; i < design.rows; i++) {
            if (!ChurnRateCalculator.start(months.get(design.month[i]).plusMonths(1)).isAfter(holdOutFrom)) {
                trainingRows++;
                trainingChurners += design.y[i];
            }
        }
        refuseIfTooLittle(months.size(), design.churners(), trainingChurners, holdOut);

        // the hold-out first: the rows are in customer order, so pick the training rows out into their own design
        Design training = design.subset(i -> !ChurnRateCalculator.start(months.get(design.month[i]).plusMonths(1))
                .isAfter(holdOutFrom), trainingRows);
        Choice held = choose(training);
        Map<RiskSignal, Integer> heldPoints = held.points(policy);
        HoldOutScoring scoring = scoreHoldOut(holdOut, held, heldPoints);

        Choice all = choose(design);
        int hIndex = all.decayIndex;
        List<CalibrationResult.SignalFit> signals = new ArrayList<>();
        for (int s = 0; s < K; s++) {
            long churners = 0;
            for (int i = 0; i < design.rows; i++) {
                if (design.y[i] == 1 && design.x[hIndex][i * K + s] != 0) {
                    churners++;
                }
            }
            int j = all.columnOf(s);
            double prior = policy.points(SIGNALS[s]);
            if (j < 0) {
                signals.add(new CalibrationResult.SignalFit(SIGNALS[s], prior, whole(prior), prior, null, null,
                        occurrences[s], churners));
            } else {
                double estimate = all.fit.beta()[j] * POINTS_PER_LOG;
                double half = Z95 * StrictMath.sqrt(all.fit.betaVariance(j)) * POINTS_PER_LOG;
                signals.add(new CalibrationResult.SignalFit(SIGNALS[s], prior, whole(estimate), estimate,
                        estimate - half, estimate + half, occurrences[s], churners));
            }
        }
        List<CalibrationResult.HalfLifeFit> grid = new ArrayList<>();
        for (int d = 0; d < HALF_LIVES.size(); d++) {
            grid.add(new CalibrationResult.HalfLifeFit(decays[d], all.objectives[d]));
        }
        CalibrationResult.HoldOut ho = new CalibrationResult.HoldOut(holdOutFrom, asOf, decays[held.decayIndex],
                heldPoints, holdOut.size(), scoring.churners, scoring.aucDefault, scoring.aucFitted,
                scoring.defaultBands, scoring.fittedBands, scoring.deciles);
        CalibrationResult.Recommendation recommendation = scoring.aucFitted > scoring.aucDefault
                ? CalibrationResult.Recommendation.APPLY_FITTED : CalibrationResult.Recommendation.KEEP_DEFAULTS;
        return new CalibrationResult(asOf, months.get(0), months.size(), design.rows, design.churners(),
                decays[hIndex], policy.halfLifeDays(), PRIOR_SD_POINTS, grid, signals, ho, recommendation);
    }

    /** Whole points in the allowed range. */
    static int whole(double points) {
        return (int) Math.max(MIN_POINTS, Math.min(MAX_POINTS, Math.round(points)));
    }

    private static List<YearMonth> months(Instant earliest, Instant asOf) {
        List<YearMonth> out = new ArrayList<>();
        if (earliest == null) {
            return out;
        }
        YearMonth first = YearMonth.from(earliest.atOffset(ZoneOffset.UTC));
        if (!ChurnRateCalculator.start(first).equals(earliest)) {
            first = first.plusMonths(1);
        }
        for (YearMonth m = first; !ChurnRateCalculator.start(m.plusMonths(1)).isAfter(asOf); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    private static void refuseIfTooLittle(int months, int churners, int trainingChurners, List<Scored> holdOut) {
        List<CalibrationRefused.Shortfall> missing = new ArrayList<>();
        if (churners < MIN_CHURNERS) {
            missing.add(new CalibrationRefused.Shortfall(CalibrationRefused.Missing.CHURNERS, churners, MIN_CHURNERS));
        }
        if (months < MIN_MONTHS) {
            missing.add(new CalibrationRefused.Shortfall(CalibrationRefused.Missing.MONTHS, months, MIN_MONTHS));
        }
        if (missing.isEmpty() && trainingChurners < 1) {
            missing.add(new CalibrationRefused.Shortfall(CalibrationRefused.Missing.CHURNERS_BEFORE_HOLD_OUT,
                    trainingChurners, 1));
        }
        int heldChurners = 0;
        for (Scored s : holdOut) {
            heldChurners += s.churned ? 1 : 0;
        }
        if (missing.isEmpty() && (heldChurners == 0 || heldChurners == holdOut.size())) {
            missing.add(new CalibrationRefused.Shortfall(CalibrationRefused.Missing.HOLD_OUT_OUTCOMES,
                    Math.min(heldChurners, holdOut.size() - heldChurners), 1));
        }
        if (!missing.isEmpty()) {
            throw new CalibrationRefused(missing);
        }
    }

    /** The customer's rows, and its hold-out scoring when it is in the base at the hold-out's start. */
    private void addCustomer(CustomerHistory c, List<YearMonth> months, Instant holdOutFrom, Instant asOf,
                             Design design, List<Scored> holdOut, long[] occurrences) {
        // once per customer: packed records decode on every walk, and the months walk them many times
        List<RiskTicket> tickets = List.copyOf(c.tickets());
        Set<YearMonth> active = new HashSet<>();
        for (RiskTicket t : tickets) {
            if (!t.created().isAfter(asOf)) {
                active.add(YearMonth.from(t.created().atOffset(ZoneOffset.UTC)));
            }
        }
        Set<OccurrenceKey> seen = new HashSet<>();
        Instant churnedAt = c.churnedAt();
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            Instant t0 = ChurnRateCalculator.start(month);
            Instant t1 = ChurnRateCalculator.start(month.plusMonths(1));
            if (churnedAt != null && churnedAt.isBefore(t0) || !activeBefore(active, month)) {
                continue;
            }
            boolean churns = churnedAt != null && churnedAt.isBefore(t1);
            double exposure = churns ? (churnedAt.toEpochMilli() - t0.toEpochMilli())
                    / (double) (t1.toEpochMilli() - t0.toEpochMilli()) : 1;
            int row = design.add(m, churns, exposure);
            features(tickets, c.recoveries(), t0, design, row, seen);
        }
        for (OccurrenceKey k : seen) {
            occurrences[k.signal.ordinal()]++;
        }
        YearMonth holdOutMonth = YearMonth.from(holdOutFrom.atOffset(ZoneOffset.UTC));
        boolean inBase = false;
        for (RiskTicket t : tickets) {
            if (t.created().isBefore(holdOutFrom) && !YearMonth.from(t.created().atOffset(ZoneOffset.UTC))
                    .isBefore(holdOutMonth.minusMonths(historyMonths))) {
                inBase = true;
                break;
            }
        }
        if (inBase && (churnedAt == null || churnedAt.isAfter(holdOutFrom))) {
            double[][] x = new double[decays.length][K];
            for (SignalOccurrence o : assessor.occurrences(tickets, c.recoveries(), holdOutFrom)) {
                accumulate(o, holdOutFrom, x);
            }
            holdOut.add(new Scored(c.key(), x, churnedAt != null && !churnedAt.isAfter(asOf)));
        }
    }

    private boolean activeBefore(Set<YearMonth> active, YearMonth month) {
        for (int k = 1; k <= historyMonths; k++) {
            if (active.contains(month.minusMonths(k))) {
                return true;
            }
        }
        return false;
    }

    private void features(List<RiskTicket> tickets, List<RiskAssessor.Recovery> recoveries, Instant at,
                          Design design, int row, Set<OccurrenceKey> seen) {
        double[][] x = new double[decays.length][K];
        for (SignalOccurrence o : assessor.occurrences(tickets, recoveries, at)) {
            if (accumulate(o, at, x)) {
                seen.add(new OccurrenceKey(o.signal(), o.ticketKey(), o.date()));
            }
        }
        for (int d = 0; d < decays.length; d++) {
            System.arraycopy(x[d], 0, design.x[d], row * K, K);
        }
    }

    /** Adds an occurrence's decayed count under every half-life; false when it lies after {@code at}. */
    private boolean accumulate(SignalOccurrence o, Instant at, double[][] x) {
        if (o.date().isAfter(at)) {
            return false;
        }
        double base = policy.points(o.signal());
        double weight = base == 0 ? 1 : o.points() / base;
        double ageDays = (at.toEpochMilli() - o.date().toEpochMilli()) / MILLIS_PER_DAY;
        int s = o.signal().ordinal();
        for (int d = 0; d < decays.length; d++) {
            x[d][s] += weight * StrictMath.pow(0.5, ageDays / decays[d]);
        }
        return true;
    }

    /** Fits every half-life of the grid and keeps the best (the shorter one on a tie). */
    private Choice choose(Design design) {
        int[] columns = design.columnsWithEvidence();
        double[] prior = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            prior[j] = policy.points(SIGNALS[columns[j]]) / POINTS_PER_LOG;
        }
        double[] objectives = new double[HALF_LIVES.size()];
        Choice best = null;
        for (int d = 0; d < HALF_LIVES.size(); d++) {
            PenalisedPoissonFit.Result fit = new PenalisedPoissonFit(design.x[d], K, columns, design.y, design.exposure, design.rows,
                    prior, PRIOR_SD_POINTS / POINTS_PER_LOG).fit();
            objectives[d] = fit.penalisedLogLik();
            if (best == null || fit.penalisedLogLik() > best.fit.penalisedLogLik()) {
                best = new Choice(d, columns, fit, objectives);
            }
        }
        return best;
    }

    private HoldOutScoring scoreHoldOut(List<Scored> customers, Choice held, Map<RiskSignal, Integer> points) {
        int n = customers.size();
        int[] defaultScores = new int[n];
        int[] fittedScores = new int[n];
        double[] predicted = new double[n];
        boolean[] churned = new boolean[n];
        int churners = 0;
        double h0 = StrictMath.exp(held.fit.alpha()) * HOLD_OUT_DAYS / DAYS_PER_MONTH;
        for (int i = 0; i < n; i++) {
            Scored c = customers.get(i);
            double pDefault = 0;
            double pFitted = 0;
            for (int s = 0; s < K; s++) {
                pDefault += policy.points(SIGNALS[s]) * c.x[decays.length - 1][s];
                pFitted += points.get(SIGNALS[s]) * c.x[held.decayIndex][s];
            }
            defaultScores[i] = score(pDefault);
            fittedScores[i] = score(pFitted);
            predicted[i] = -StrictMath.expm1(-h0 * StrictMath.exp(pFitted / POINTS_PER_LOG));
            churned[i] = c.churned;
            churners += c.churned ? 1 : 0;
        }
        HoldOutScoring out = new HoldOutScoring();
        out.churners = churners;
        out.aucDefault = auc(defaultScores, churned);
        out.aucFitted = auc(fittedScores, churned);
        out.defaultBands = bands(defaultScores, churned);
        out.fittedBands = bands(fittedScores, churned);
        out.deciles = deciles(customers, fittedScores, predicted, churned);
        return out;
    }

    private int score(double p) {
        return (int) Math.round(100 * (1 - StrictMath.exp(-Math.max(0, p) / policy.scale())));
    }

    /** ROC AUC by the rank-sum: the chance a churner scores above a stayer, ties counting half. */
    static double auc(int[] scores, boolean[] positive) {
        long[] pos = new long[101];
        long[] neg = new long[101];
        long p = 0;
        long q = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positive[i]) {
                pos[scores[i]]++;
                p++;
            } else {
                neg[scores[i]]++;
                q++;
            }
        }
        if (p == 0 || q == 0) {
            return Double.NaN;
        }
        double wins = 0;
        long negBelow = 0;
        for (int s = 0; s <= 100; s++) {
            wins += pos[s] * (negBelow + neg[s] / 2.0);
            negBelow += neg[s];
        }
        return wins / ((double) p * q);
    }

    private List<CalibrationResult.BandRate> bands(int[] scores, boolean[] churned) {
        Map<RiskBand, int[]> counts = new EnumMap<>(RiskBand.class);
        for (RiskBand b : List.of(RiskBand.LOW, RiskBand.MEDIUM, RiskBand.HIGH, RiskBand.CRITICAL)) {
            counts.put(b, new int[2]);
        }
        for (int i = 0; i < scores.length; i++) {
            int[] c = counts.get(policy.bands().bandOf(scores[i]));
            c[0]++;
            c[1] += churned[i] ? 1 : 0;
        }
        List<CalibrationResult.BandRate> out = new ArrayList<>();
        counts.forEach((band, c) -> out.add(new CalibrationResult.BandRate(band, c[0], c[1],
                c[0] == 0 ? null : c[1] / (double) c[0])));
        return out;
    }

    private static List<CalibrationResult.Decile> deciles(List<Scored> customers, int[] scores, double[] predicted,
                                                          boolean[] churned) {
        int n = customers.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> predicted[i])
                .thenComparing(i -> customers.get(i).key));
        List<CalibrationResult.Decile> out = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) d * n / 10);
            int to = (int) ((long) (d + 1) * n / 10);
            if (to <= from) {
                continue;
            }
            double sumPredicted = 0;
            int churners = 0;
            int min = 100;
            int max = 0;
            for (int r = from; r < to; r++) {
                int i = order[r];
                sumPredicted += predicted[i];
                churners += churned[i] ? 1 : 0;
                min = Math.min(min, scores[i]);
                max = Math.max(max, scores[i]);
            }
            int size = to - from;
            out.add(new CalibrationResult.Decile(d + 1, size, churners, min, max, sumPredicted / size,
                    churners / (double) size));
        }
        return out;
    }

    private record OccurrenceKey(RiskSignal signal, String ticketKey, Instant date) {
    }

    /** A customer at the hold-out's start: decayed counts under every half-life, and whether it churned after. */
    private record Scored(String key, double[][] x, boolean churned) {
    }

    private static final class HoldOutScoring {
        int churners;
        double aucDefault;
        double aucFitted;
        List<CalibrationResult.BandRate> defaultBands;
        List<CalibrationResult.BandRate> fittedBands;
        List<CalibrationResult.Decile> deciles;
    }

    /** The best half-life of a design and its fit. */
    private record Choice(int decayIndex, int[] columns, PenalisedPoissonFit.Result fit, double[] objectives) {
        int columnOf(int signal) {
            for (int j = 0; j < columns.length; j++) {
                if (columns[j] == signal) {
                    return j;
                }
            }
            return -1;
        }

        Map<RiskSignal, Integer> points(RiskPolicy policy) {
            Map<RiskSignal, Integer> out = new EnumMap<>(RiskSignal.class);
            for (int s = 0; s < K; s++) {
                int j = columnOf(s);
                out.put(SIGNALS[s], j < 0 ? whole(policy.points(SIGNALS[s]))
                        : whole(fit.beta()[j] * POINTS_PER_LOG));
            }
            return out;
        }
    }

    /** Customer-month rows: decayed counts under each half-life, the month, the outcome. */
    private final class Design {
        final double[][] x;
        int[] month;
        byte[] y;
        double[] exposure;
        int rows;
        private int capacity;

        Design(int capacity) {
            this.capacity = Math.max(16, capacity);
            x = new double[decays.length][this.capacity * K];
            month = new int[this.capacity];
            y = new byte[this.capacity];
            exposure = new double[this.capacity];
        }

        int add(int monthIndex, boolean churned, double monthsAtRisk) {
            if (rows == capacity) {
                capacity *= 2;
                for (int d = 0; d < x.length; d++) {
                    x[d] = Arrays.copyOf(x[d], capacity * K);
                }
                month = Arrays.copyOf(month, capacity);
                y = Arrays.copyOf(y, capacity);
                exposure = Arrays.copyOf(exposure, capacity);
            }
            exposure[rows] = monthsAtRisk;
            month[rows] = monthIndex;
            y[rows] = (byte) (churned ? 1 : 0);
            return rows++;
        }

        int churners() {
            int n = 0;
            for (int i = 0; i < rows; i++) {
                n += y[i];
            }
            return n;
        }

        Design subset(java.util.function.IntPredicate keep, int size) {
            Design out = new Design(size);
            for (int i = 0; i < rows; i++) {
                if (keep.test(i)) {
                    int r = out.add(month[i], y[i] == 1, exposure[i]);
                    for (int d = 0; d < x.length; d++) {
                        System.arraycopy(x[d], i * K, out.x[d], r * K, K);
                    }
                }
            }
            return out;
        }

        /** Signals that occur in some row (under any half-life they do under all). */
        int[] columnsWithEvidence() {
            boolean[] any = new boolean[K];
            for (int i = 0; i < rows; i++) {
                for (int s = 0; s < K; s++) {
                    if (x[0][i * K + s] != 0) {
                        any[s] = true;
                    }
                }
            }
            int count = 0;
            for (boolean a : any) {
                count += a ? 1 : 0;
            }
            int[] out = new int[count];
            int j = 0;
            for (int s = 0; s < K; s++) {
                if (any[s]) {
                    out[j++] = s;
                }
            }
            return out;
        }
    }
}
