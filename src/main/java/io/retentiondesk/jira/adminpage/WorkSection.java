package io.retentiondesk.jira.adminpage;

import io.retentiondesk.jira.job.NightlyWork.Summary;
import io.retentiondesk.jira.job.WorkProgress.State;
import io.retentiondesk.jira.job.WorkProgress.Status;
import io.retentiondesk.jira.panel.PanelContent.Texts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The admin page's "Re-tier now / Re-assess now" section: the latest run in words and, while it goes on, a
 * progress bar. Every value is raw text or a number; the template renderer escapes them.
 */
public final class WorkSection {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
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

    private static String line(Status status, boolean active, Texts texts) {
        if (status == null) {
            return texts.text("retention.admin.work.none");
        }
        String task = texts.text("retention.admin.work.task." + status.task().name());
        boolean abandoned = !active && (status.state() == State.QUEUED || status.state() == State.RUNNING);
        String key = abandoned ? "retention.admin.work.stale" : "retention.admin.work." + status.state().name();
        Instant when = status.state() == State.RUNNING || status.state() == State.QUEUED ? status.started() : status.updated();
        return texts.text(key, task, TIME.format(abandoned ? status.updated() : when), status.done(), status.total());
    }
}
