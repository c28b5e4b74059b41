package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.callback.CallbackStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/** The due time and status of each complaint's callback, one row per issue. */
@Named
public class CallbackSchedule {
    private final ActiveObjects ao;

    @Inject
    public CallbackSchedule(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    public void record(long issueId, String issueKey, Instant due, CallbackStatus status) {
        record(issueId, issueKey, due, status, null);
    }

    /** @param owner who is asked to call back; {@code null} keeps the owner kept before */
    public void record(long issueId, String issueKey, Instant due, CallbackStatus status, String owner) {
        ao.executeInTransaction(() -> {
            CallbackScheduleEntity[] found = ao.find(CallbackScheduleEntity.class, "ISSUE_ID = ?", issueId);
            if (found.length == 0) {
                ao.create(CallbackScheduleEntity.class, new DBParam("ISSUE_ID", issueId),
                        new DBParam("ISSUE_KEY", issueKey), new DBParam("DUE", Date.from(due)),
                        new DBParam("STATUS", status.name()), new DBParam("OWNER", owner));
            } else {
                found[0].setIssueKey(issueKey);
                found[0].setDue(Date.from(due));
                found[0].setStatus(status.name());
                if (owner != null) {
                    found[0].setOwner(owner);
                }
                found[0].save();
            }
            return null;
        });
    }

    /** Who is asked to call back on the issue's complaint, {@code null} when not known. */
    public String ownerOf(long issueId) {
        return ao.executeInTransaction(() -> {
            CallbackScheduleEntity[] found = ao.find(CallbackScheduleEntity.class, "ISSUE_ID = ?", issueId);
            return found.length == 0 ? null : found[0].getOwner();
        });
    }

    /**
     * Ids of issues whose callback is past due and not done (PENDING past due, or already marked OVERDUE),
     * newest due first, at most {@code limit}: a cut drops the longest overdue, never the latest.
     */
    public List<Long> overdueIssueIds(Instant now, int limit) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(CallbackScheduleEntity.class, Query.select()
                        .where(OVERDUE, CallbackStatus.PENDING.name(), Date.from(now), CallbackStatus.OVERDUE.name())
                        .order("DUE DESC").limit(limit)))
                .map(CallbackScheduleEntity::getIssueId).toList());
    }

    /** How many callbacks are past due and not done. */
    public int countOverdue(Instant now) {
        return ao.executeInTransaction(() -> ao.count(CallbackScheduleEntity.class, OVERDUE,
                CallbackStatus.PENDING.name(), Date.from(now), CallbackStatus.OVERDUE.name()));
    }

    private static final String OVERDUE = "(STATUS = ? AND DUE < ?) OR STATUS = ?";

    /**
     * Marks every PENDING callback past its due time OVERDUE and returns how many changed. Each row is re-read
     * and changed only while still PENDING, so marking twice changes nothing the second time.
     */
    public int markOverdue(Instant now) {
        return ao.executeInTransaction(() -> {
            int changed = 0;
            for (CallbackScheduleEntity e : ao.find(CallbackScheduleEntity.class, "STATUS = ? AND DUE < ?",
                    CallbackStatus.PENDING.name(), Date.from(now))) {
                if (CallbackStatus.PENDING.name().equals(e.getStatus())) {
                    e.setStatus(CallbackStatus.OVERDUE.name());
                    e.save();
                    changed++;
                }
            }
            return changed;
        });
    }
}
