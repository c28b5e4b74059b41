package io.retentiondesk.core.calibration;

import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskSignal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a calibration found (SPEC §12): the fitted points with their intervals, and the hold-out comparison that
 * says whether they rank churners better than the points in use. Immutable.
 *
 * @param asOf                the time the history ends
 * @param firstMonth          the first customer-month's month
 * @param months              calendar months of customer-months
 * @param customerMonths      rows fitted on
 * @param churners            churns among them
 * @param halfLifeDays        the chosen half-life
 * @param defaultHalfLifeDays the half-life of the policy calibrated from
 * @param priorSdPoints       the prior's standard deviation, in points
 * @param halfLives           the penalised log-likelihood of each half-life tried
 * @param signals             one row per signal, in {@link RiskSignal} order
 * @param holdOut             the hold-out comparison
 * @param recommendation      what to do with the fitted points
 */
public record CalibrationResult(Instant asOf, YearMonth firstMonth, int months, int customerMonths, int churners,
                                double halfLifeDays, double defaultHalfLifeDays, double priorSdPoints,
                                List<HalfLifeFit> halfLives, List<SignalFit> signals, HoldOut holdOut,
                                Recommendation recommendation) {
    public CalibrationResult {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(holdOut, "holdOut");
        Objects.requireNonNull(recommendation, "recommendation");
        halfLives = List.copyOf(halfLives);
        signals = List.copyOf(signals);
    }

    /** Apply the fitted points, or keep those in use. */
    public enum Recommendation {
        /** the fitted points ranked the hold-out's churners better */
        APPLY_FITTED,
        /** they did not: keep the points in use */
        KEEP_DEFAULTS
    }

    /** A half-life tried and how well it fitted. */
    public record HalfLifeFit(double halfLifeDays, double penalisedLogLik) {
    }

    /**
     * One signal's fit.
     *
     * @param signal        the signal
     * @param defaultPoints its points in the policy calibrated from
     * @param fittedPoints  the fitted points, whole, in [−50, 100]
     * @param estimate      the unrounded estimate, in points
     * @param lower         the approximate 95 % interval's lower end, {@code null} when the signal never occurred
     * @param upper         its upper end, {@code null} when the signal never occurred
     * @param occurrences   distinct occurrences seen in the customer-months
     * @param churners      customer-months that ended in churn while the signal counted
     */
    public record SignalFit(RiskSignal signal, double defaultPoints, int fittedPoints, double estimate, Double lower,
                            Double upper, long occurrences, long churners) {
        /** Whether the history held any evidence on it (otherwise it keeps its default). */
        public boolean evidence() {
            return lower != null;
        }
    }

    /**
     * Churn in one band of one scoring.
     *
     * @param rate churners / customers, {@code null} when the band is empty
     */
    public record BandRate(RiskBand band, int customers, int churners, Double rate) {
    }

    /**
     * One tenth of the hold-out's customers, by fitted score.
     *
     * @param decile    1 (lowest scores) to 10
     * @param minScore  lowest fitted score in it
     * @param maxScore  highest fitted score in it
     * @param predicted mean predicted probability of churn within the hold-out
     * @param observed  churners / customers
     */
    public record Decile(int decile, int customers, int churners, int minScore, int maxScore, double predicted,
                         double observed) {
    }

    /**
     * The comparison made before fitting on everything: fitted on the months up to {@code from}, both sets of
     * points score the customers at {@code from}, against churn in {@code (from, to]}.
     *
     * @param from          the hold-out's start ({@code asOf − 90 d})
     * @param to            its end ({@code asOf})
     * @param halfLifeDays  the half-life chosen by the hold-out fit
     * @param fittedPoints  the hold-out fit's points
     * @param customers     customers scored
     * @param churners      of them, churned in the hold-out
     * @param aucDefault    ROC AUC of the points in use
     * @param aucFitted     ROC AUC of the hold-out fit's points
     * @param defaultBands  churn by band under the points in use
     * @param fittedBands   churn by band under the fitted points
     * @param deciles       predicted against observed churn by fitted-score decile
     */
    public record HoldOut(Instant from, Instant to, double halfLifeDays, Map<RiskSignal, Integer> fittedPoints,
                          int customers, int churners, double aucDefault, double aucFitted, List<BandRate> defaultBands,
                          List<BandRate> fittedBands, List<Decile> deciles) {
        public HoldOut {
            fittedPoints = Collections.unmodifiableMap(new EnumMap<>(fittedPoints));
            defaultBands = List.copyOf(defaultBands);
            fittedBands = List.copyOf(fittedBands);
            deciles = List.copyOf(deciles);
        }
    }

    /** The fitted points of every signal. */
    public Map<RiskSignal, Integer> fittedPoints() {
        Map<RiskSignal, Integer> out = new EnumMap<>(RiskSignal.class);
        for (SignalFit s : signals) {
            out.put(s.signal(), s.fittedPoints());
        }
        return Collections.unmodifiableMap(out);
    }
}
