package io.retentiondesk.report;

import io.retentiondesk.core.calibration.CalibrationResult;

import java.io.PrintStream;

/** The calibration on the terminal: the points before and after, the hold-out, and what to do. */
final class CalibrationTable {
    private final Messages messages;

    CalibrationTable(Messages messages) {
        this.messages = messages;
    }

    void print(CalibrationResult r, PrintStream out) {
        out.println(messages.get("retention.calibration.summary", r.months(), r.firstMonth().toString(),
                r.customerMonths(), r.churners(), fmt(r.halfLifeDays()), fmt(r.defaultHalfLifeDays())));
        out.printf("%-18s %8s %8s %17s %12s %9s%n", messages.get("retention.calibration.col.signal"),
                messages.get("retention.calibration.col.default"), messages.get("retention.calibration.col.fitted"),
                messages.get("retention.calibration.col.interval"), messages.get("retention.calibration.col.occurrences"),
                messages.get("retention.calibration.col.churners"));
        for (CalibrationResult.SignalFit s : r.signals()) {
            String interval = s.evidence() ? String.format("%.0f .. %.0f", s.lower(), s.upper())
                    : messages.get("retention.calibration.noEvidence");
            out.printf("%-18s %8s %8d %17s %12d %9d%n", s.signal().name(), fmt(s.defaultPoints()), s.fittedPoints(),
                    interval, s.occurrences(), s.churners());
        }
        CalibrationResult.HoldOut h = r.holdOut();
        out.println(Terminal.clean(messages.get("retention.calibration.holdOut", h.customers(), h.churners(),
                String.format("%.3f", h.aucDefault()), String.format("%.3f", h.aucFitted()))));
        out.println(messages.get(r.recommendation() == CalibrationResult.Recommendation.APPLY_FITTED
                ? "retention.calibration.apply" : "retention.calibration.keep"));
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
