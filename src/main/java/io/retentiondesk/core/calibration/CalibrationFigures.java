package io.retentiondesk.core.calibration;

import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskSignal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A calibration as a reader sees it (SPEC §12): the recommendation, the points before and after with their
 * intervals, the hold-out's ROC AUCs and churn by band, predicted against observed churn by decile. Every number is
 * already written as text and every word is an i18n key, so calibration.html, the terminal and Jira's admin page
 * show the same figures to the character. Plain text, never escaped: each page escapes as it prints. Immutable.
 *
 * <pre>{@code
 * CalibrationFigures f = CalibrationFigures.of(result);
 * for (CalibrationFigures.SignalRow row : f.signals()) { ... row.interval() ... }
 * }</pre>
 *
 * @param apply             whether the fitted points ranked the hold-out's churners better
 * @param recommendationKey i18n key of what to do (apply, or keep the current points)
 * @param halfLife          the chosen half-life in days
 * @param defaultHalfLife   the policy's half-life in days
 * @param priorSd           the prior's standard deviation in points
 * @param holdOutFrom       the hold-out's start, UTC seconds
 * @param holdOutTo         its end
 * @param holdOutCustomers  customers scored in the hold-out
 * @param holdOutChurners   of them, churned in it
 * @param aucDefault        ROC AUC with the current points, 3 decimals, "—" when undefined
 * @param aucFitted         ROC AUC with the fitted points
 * @param signals           one row per signal, in {@link RiskSignal} order
 * @param bands             one row per band, churn under both sets of points
 * @param deciles           the hold-out's customers by fitted-score decile
 */
public record CalibrationFigures(boolean apply, String recommendationKey, String halfLife, String defaultHalfLife,
                                 String priorSd, String holdOutFrom, String holdOutTo, int holdOutCustomers,
                                 int holdOutChurners, String aucDefault, String aucFitted, List<SignalRow> signals,
                                 List<BandRow> bands, List<DecileRow> deciles) {
    public static final String APPLY_KEY = "retention.calibration.apply";
    public static final String KEEP_KEY = "retention.calibration.keep";
    /** Shown for an undefined number (an AUC of a hold-out with one kind of outcome, an empty band). */
    public static final String NONE = "—";

    public CalibrationFigures {
        signals = List.copyOf(signals);
        bands = List.copyOf(bands);
        deciles = List.copyOf(deciles);
    }

    /** Which way a fitted point moved from the current one. */
    public enum Change { UP, DOWN, SAME }

    /**
     * @param nameKey       i18n key of the signal's name
     * @param defaultPoints the current points
     * @param interval      the approximate 95 % interval ("−3 … 21"), {@code null} when the history held no evidence
     */
    public record SignalRow(RiskSignal signal, String nameKey, String defaultPoints, int fittedPoints, Change change,
                            String interval, long occurrences, long churners) {
    }

    /** @param rate churn in the band as a percentage, {@code null} when the band is empty */
    public record BandCell(String rate, int churners, int customers) {
    }

    /** @param nameKey i18n key of the band's name */
    public record BandRow(RiskBand band, String nameKey, BandCell withDefault, BandCell withFitted) {
    }

    /** @param scores the decile's fitted scores, "min–max" */
    public record DecileRow(int decile, String scores, int customers, int churners, String predicted,
                            String observed) {
    }

    public static CalibrationFigures of(CalibrationResult r) {
        List<SignalRow> signals = new ArrayList<>();
        for (CalibrationResult.SignalFit s : r.signals()) {
            Change change = s.fittedPoints() > s.defaultPoints() ? Change.UP
                    : s.fittedPoints() < s.defaultPoints() ? Change.DOWN : Change.SAME;
            signals.add(new SignalRow(s.signal(), "retention.calibration.signal." + s.signal().name(),
                    number(s.defaultPoints()), s.fittedPoints(), change,
                    s.evidence() ? String.format(Locale.ROOT, "%.0f … %.0f", s.lower(), s.upper()) : null,
                    s.occurrences(), s.churners()));
        }
        CalibrationResult.HoldOut h = r.holdOut();
        List<BandRow> bands = new ArrayList<>();
        for (int i = 0; i < h.defaultBands().size(); i++) {
            CalibrationResult.BandRate d = h.defaultBands().get(i);
            bands.add(new BandRow(d.band(), "retention.risk.band." + d.band().name(), cell(d),
                    cell(h.fittedBands().get(i))));
        }
        List<DecileRow> deciles = new ArrayList<>();
        for (CalibrationResult.Decile d : h.deciles()) {
            deciles.add(new DecileRow(d.decile(), d.minScore() + "–" + d.maxScore(), d.customers(), d.churners(),
                    percent(d.predicted()), percent(d.observed())));
        }
        boolean apply = r.recommendation() == CalibrationResult.Recommendation.APPLY_FITTED;
        return new CalibrationFigures(apply, apply ? APPLY_KEY : KEEP_KEY, number(r.halfLifeDays()),
                number(r.defaultHalfLifeDays()), number(r.priorSdPoints()), CalibrationJson.instant(h.from()),
                CalibrationJson.instant(h.to()), h.customers(), h.churners(), auc(h.aucDefault()), auc(h.aucFitted()),
                signals, bands, deciles);
    }

    private static BandCell cell(CalibrationResult.BandRate b) {
        return new BandCell(b.rate() == null ? null : percent(b.rate()), b.churners(), b.customers());
    }

    /** A whole number without decimals, anything else as Java writes it. */
    public static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    private static String auc(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : NONE;
    }
}
