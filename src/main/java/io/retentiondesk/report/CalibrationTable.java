package io.retentiondesk.report;

import io.retentiondesk.core.calibration.CalibrationFigures;
import io.retentiondesk.core.calibration.CalibrationResult;

import java.io.PrintStream;

/**
 * The calibration on the terminal: the points before and after, the hold-out, and what to do; the same
 * {@link CalibrationFigures} as calibration.html and Jira's admin page.
 */
final class CalibrationTable {
    private final Messages messages;

    CalibrationTable(Messages messages) {
        this.messages = messages;
    }

    void print(CalibrationResult r, PrintStream out) {
        CalibrationFigures f = CalibrationFigures.of(r);
        out.println(messages.get("retention.calibration.summary", r.months(), r.firstMonth().toString(),
                r.customerMonths(), r.churners(), f.halfLife(), f.defaultHalfLife()));
        out.printf("%-18s %8s %8s %17s %12s %9s%n", messages.get("retention.calibration.col.signal"),
                messages.get("retention.calibration.col.default"), messages.get("retention.calibration.col.fitted"),
                messages.get("retention.calibration.col.interval"), messages.get("retention.calibration.col.occurrences"),
                messages.get("retention.calibration.col.churners"));
        for (CalibrationFigures.SignalRow s : f.signals()) {
            String interval = s.interval() != null ? s.interval() : messages.get("retention.calibration.noEvidence");
            out.printf("%-18s %8s %8d %17s %12d %9d%n", s.signal().name(), s.defaultPoints(), s.fittedPoints(),
                    interval, s.occurrences(), s.churners());
        }
        out.println(Terminal.clean(messages.get("retention.calibration.holdOut", f.holdOutCustomers(),
                f.holdOutChurners(), f.aucDefault(), f.aucFitted())));
        out.println(messages.get(f.recommendationKey()));
    }
}
