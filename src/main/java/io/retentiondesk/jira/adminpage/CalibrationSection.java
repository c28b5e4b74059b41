package io.retentiondesk.jira.adminpage;

import io.retentiondesk.core.calibration.CalibrationFigures;
import io.retentiondesk.core.calibration.CalibrationRefused;
import io.retentiondesk.core.calibration.CalibrationResult;
import io.retentiondesk.core.policy.PolicyProblem;
import io.retentiondesk.jira.job.NightlyWork.Task;
import io.retentiondesk.jira.job.WorkProgress;
import io.retentiondesk.jira.panel.PanelContent.Texts;
import io.retentiondesk.jira.policy.PendingCalibration;
import io.retentiondesk.jira.policy.PendingCalibration.Pending;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin page's <em>Calibrate from history</em> (SPEC §12): the run while it goes on, then the pending calibration
 * with the figures calibration.html shows ({@link CalibrationFigures}: the points before and after with their
 * intervals, the hold-out's ROC AUCs and churn by band and decile, the recommendation), or the refusal saying what the
 * history lacks; and what Apply and Discard did. Every value is raw text; the template renderer escapes it.
 */
@Named
public class CalibrationSection {
    private final PendingCalibration pending;
    private final PolicyStore policies;

    @Inject
    public CalibrationSection(PendingCalibration pending, PolicyStore policies) {
        this.pending = Objects.requireNonNull(pending);
        this.policies = Objects.requireNonNull(policies);
    }

    /** @param latestRun the latest background run of any task, {@code null} when there has been none */
    public Map<String, Object> context(WorkProgress.Status latestRun, Instant now, Texts t) {
        Map<String, Object> c = new HashMap<>();
        boolean calibrating = latestRun != null && latestRun.task() == Task.CALIBRATE
                && latestRun.state() != WorkProgress.State.DONE;
        c.put("calibrationRunLine", calibrating ? WorkSection.line(latestRun, latestRun.active(now), t) : "");
        c.put("calibrationProblems", List.of());
        Optional<Pending> p = pending.current();
        List<String> missing = new ArrayList<>();
        List<CalibrationRow> points = new ArrayList<>();
        List<CalibrationRow> bands = new ArrayList<>();
        List<CalibrationRow> deciles = new ArrayList<>();
        String line;
        String id = "";
        String summary = "";
        String recommendation = "";
        String holdOut = "";
        String pointsHelp = "";
        if (p.isEmpty()) {
            line = t.text("retention.admin.calibration.none");
        } else if (p.get().refused()) {
            line = t.text("retention.admin.calibration.refused", WorkSection.TIME.format(p.get().keptAt()));
            for (CalibrationRefused.Shortfall s : p.get().shortfalls()) {
                missing.add(t.text("retention.calibration.missing." + s.missing().name(), s.found(), s.needed()));
            }
        } else {
            Pending fitted = p.get();
            id = fitted.id();
            line = t.text("retention.admin.calibration.fitted", WorkSection.TIME.format(fitted.keptAt()),
                    fitted.policyVersion(), WorkSection.TIME.format(fitted.asOf()));
            if (!pending.onCurrentPolicy(fitted)) {
                line += " " + t.text("retention.admin.calibration.stale", policies.version());
            }
            CalibrationResult r = fitted.result();
            CalibrationFigures f = CalibrationFigures.of(r);
            summary = t.text("retention.calibration.summary", r.months(), r.firstMonth().toString(),
                    r.customerMonths(), r.churners(), f.halfLife(), f.defaultHalfLife());
            recommendation = t.text(f.apply() ? "retention.admin.calibration.recommend.apply"
                    : "retention.admin.calibration.recommend.keep");
            holdOut = t.text("retention.calibration.html.holdOut", f.holdOutFrom(), f.holdOutTo(),
                    f.holdOutCustomers(), f.holdOutChurners(), f.aucDefault(), f.aucFitted());
            pointsHelp = t.text("retention.admin.calibration.pointsHelp", f.halfLife(), f.defaultHalfLife(),
                    f.priorSd());
            for (CalibrationFigures.SignalRow s : f.signals()) {
                points.add(new CalibrationRow(List.of(t.text(s.nameKey()), s.signal().name(), s.defaultPoints(),
                        Integer.toString(s.fittedPoints()),
                        s.interval() != null ? s.interval() : t.text("retention.calibration.noEvidence"),
                        Long.toString(s.occurrences()), Long.toString(s.churners())),
                        switch (s.change()) {
                            case UP -> "up";
                            case DOWN -> "down";
                            case SAME -> "";
                        }));
            }
            for (CalibrationFigures.BandRow b : f.bands()) {
                bands.add(new CalibrationRow(List.of(t.text(b.nameKey()), cell(b.withDefault(), t),
                        cell(b.withFitted(), t)), ""));
            }
            for (CalibrationFigures.DecileRow d : f.deciles()) {
                deciles.add(new CalibrationRow(List.of(Integer.toString(d.decile()), d.scores(),
                        Integer.toString(d.customers()), d.predicted(), d.observed() + " (" + d.churners() + ")"), ""));
            }
        }
        c.put("calibrationLine", line);
        c.put("calibrationMissing", missing);
        c.put("calibrationFitted", !points.isEmpty());
        c.put("calibrationId", id);
        c.put("calibrationSummary", summary);
        c.put("calibrationRecommendation", recommendation);
        c.put("calibrationHoldOut", holdOut);
        c.put("calibrationPointsHelp", pointsHelp);
        c.put("calibrationPoints", points);
        c.put("calibrationBands", bands);
        c.put("calibrationDeciles", deciles);
        return c;
    }

    /**
     * What Apply or Discard did: the HTTP status to answer with, a message for the page, and the validation problems
     * of a rejected policy.
     */
    public record Result(int status, String message, List<String> problems) {
    }

    /** Applies calibration {@code id} as {@code who}'s policy change, if it is still pending on the policy in use. */
    public Result apply(String id, String who, Texts t) {
        PendingCalibration.Applied a = pending.apply(Objects.requireNonNullElse(id, ""), who);
        return switch (a.outcome()) {
            case APPLIED -> new Result(200, t.text("retention.admin.calibration.applied", a.version()), List.of());
            case NOT_PENDING -> new Result(409, t.text("retention.admin.calibration.notPending"), List.of());
            case NOTHING_FITTED -> new Result(409, t.text("retention.admin.calibration.nothingFitted"), List.of());
            case POLICY_CHANGED -> new Result(409, t.text("retention.admin.calibration.policyChanged"), List.of());
            case BUSY -> new Result(409, t.text("retention.admin.calibration.busy"), List.of());
            case REJECTED -> new Result(400, t.text("retention.admin.calibration.rejected"),
                    a.problems().stream().map(PolicyProblem::toString).toList());
        };
    }

    /** Forgets calibration {@code id}; the policy is untouched. */
    public Result discard(String id, Texts t) {
        return pending.discard(Objects.requireNonNullElse(id, ""))
                ? new Result(200, t.text("retention.admin.calibration.discarded"), List.of())
                : new Result(409, t.text("retention.admin.calibration.notPending"), List.of());
    }

    private static String cell(CalibrationFigures.BandCell b, Texts t) {
        return b.rate() == null ? CalibrationFigures.NONE
                : t.text("retention.calibration.bandCell", b.rate(), b.churners(), b.customers());
    }
}
