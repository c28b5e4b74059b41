package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Post-function work that failed and waits for the scheduled job. One row per issue and kind of work: failing
 * twice raises the attempt count instead of queueing twice.
 */
@Named
public class FailedWorkQueue {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public FailedWorkQueue(@ComponentImport ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    FailedWorkQueue(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao);
        this.clock = clock;
    }

    /** Records a failure; the error is kept as its class name only. */
    public void enqueue(String issueKey, String work, Throwable error) {
        ao.executeInTransaction(() -> {
            FailedWorkEntity[] existing = ao.find(FailedWorkEntity.class, "ISSUE_KEY = ? AND WORK = ?", issueKey, work);
            if (existing.length > 0) {
                existing[0].setAttempts(existing[0].getAttempts() + 1);
                existing[0].setFailedAt(Date.from(clock.instant()));
                existing[0].setError(error.getClass().getName());
                existing[0].save();
                return null;
            }
            ao.create(FailedWorkEntity.class, new DBParam("ISSUE_KEY", issueKey), new DBParam("WORK", work),
                    new DBParam("FAILED_AT", Date.from(clock.instant())), new DBParam("ATTEMPTS", 1),
                    new DBParam("ERROR", error.getClass().getName()));
            return null;
        });
    }

    /** The oldest pending items, at most {@code limit} (at least 1). */
    public List<FailedWork> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: expected at least 1, got " + limit);
        }
        return ao.executeInTransaction(() -> List.of(ao.find(FailedWorkEntity.class,
                Query.select().order("FAILED_AT ASC, ID ASC").limit(limit))).stream()
                .map(e -> new FailedWork(e.getID(), e.getIssueKey(), e.getWork(), e.getAttempts(), e.getError()))
                .toList());
    }

    /** Whether the item is still queued (another node may have retried it meanwhile). */
    public boolean isPending(FailedWork work) {
        return ao.executeInTransaction(() -> ao.count(FailedWorkEntity.class, "ID = ?", work.id()) > 0);
    }

    /** Removes an item whose retry succeeded. */
    public void done(FailedWork work) {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(FailedWorkEntity.class, "ID = ?", work.id()));
            return null;
        });
    }

    /** One queued item. */
    public record FailedWork(int id, String issueKey, String work, int attempts, String error) {
    }
}
