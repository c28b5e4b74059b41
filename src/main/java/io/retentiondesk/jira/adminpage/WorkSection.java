package io.retentiondesk.jira.adminpage;

import io.retentiondesk.jira.ao.FailedWorkQueue.Counts;
import io.retentiondesk.jira.ao.FailedWorkQueue.FailedWork;
import io.retentiondesk.jira.job.NightlyWork.Summary;
import io.retentiondesk.jira.job.WorkProgress.State;
import io.retentiondesk.jira.job.WorkProgress.Status;
import io.retentiondesk.jira.panel.PanelContent.Texts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin page's "Re-tier now / Re-assess now" section: the latest run in words and, while it goes on, a
 * progress bar; and the failed work given up on (dead), each with a Retry button. Every value is raw text or a
 * number; the template renderer escapes them.
 */
public final class WorkSection {
    /** How many dead items the page lists (the most recently given up first); the count says how many there are. */
    static final int DEAD_SHOWN = 50;

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private WorkSection() {
    }

    /** @param status the latest run, {@code null} when there has been none */
    public static Map<String, Object> context(Status status, Instant now, Texts texts) {
        Map<String, Object> c = new HashMap<>();
        boolean active = status != null && status.active(now);
        c.put("workActive", active);
        int percent = status == null ? 0 : status.percent();
        c.put("workPercent", Integer.toString(percent));
        c.put("workFraction", String.format(java.util.Locale.ROOT, "%.2f", percent / 100.0));
        c.put("workLine", line(status, active, texts));
        Summary s = status == null ? null : status.summary();
        c.put("workSummary", s == null ? "" : texts.text("retention.admin.retiered", s.retiered(), s.markedOverdue(),
                s.retried(), s.stillFailing(), s.reassessed(), s.lateRatings()));
        return c;
    }

    /**
     * One dead item: its id for the Retry form and its line (kind, issue, attempts, when, the error's class; nothing
     * the customer or agent wrote).
     */
    public record DeadRow(String id, String line) {
    }

    /** @param dead the dead items shown, at most {@link #DEAD_SHOWN} */
    public static Map<String, Object> deadContext(List<FailedWork> dead, Counts counts, Texts texts) {
        Map<String, Object> c = new HashMap<>();
        List<DeadRow> rows = dead.stream().map(w -> new DeadRow(Integer.toString(w.id()), texts.text(
                "retention.admin.dead.line", kindName(w, texts), String.valueOf(w.issueKey()), w.attempts(),
                TIME.format(w.deadSince() == null ? w.failedAt() : w.deadSince()), String.valueOf(w.error())))).toList();
        c.put("deadWork", rows);
        c.put("hasDeadWork", !rows.isEmpty());
        c.put("deadWorkCounts", texts.text("retention.admin.dead.counts", counts.dead(), counts.pending(),
                io.retentiondesk.jira.work.WorkKind.MAX_ATTEMPTS));
        return c;
    }

    private static String kindName(FailedWork w, Texts texts) {
        return w.kind() == null ? w.code() : texts.text("retention.work.kind." + w.kind().name());
    }

    /** The run in one line: queued, how far it got, finished, stopped or abandoned by its node. */
    static String line(Status status, boolean active, Texts texts) {
        if (status == null) {
            return texts.text("retention.admin.work.none");
        }
        String task = texts.text("retention.admin.work.task." + status.task().name());
        boolean abandoned = !active && (status.state() == State.QUEUED || status.state() == State.RUNNING);
        String key = abandoned ? "retention.admin.work.stale" : "retention.admin.work." + status.state().name();
        if (status.task() == io.retentiondesk.jira.job.NightlyWork.Task.CALIBRATE
                && (status.state() == State.RUNNING || status.state() == State.FAILED) && !abandoned) {
            key += ".steps"; // a calibration counts steps: each customer read, then each customer's months built
        }
        Instant when = status.state() == State.RUNNING || status.state() == State.QUEUED ? status.started() : status.updated();
        return texts.text(key, task, TIME.format(abandoned ? status.updated() : when), status.done(), status.total());
    }
}
