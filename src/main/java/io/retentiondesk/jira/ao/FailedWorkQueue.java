package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Work that failed and waits for the scheduled job. One row per issue and kind of work (per callback attempt for
 * <em>Record callback outcome</em>, so a second failed attempt on the same complaint does not replace the first):
 * failing again raises the attempt count instead of queueing twice. After {@link WorkKind#MAX_ATTEMPTS} failed runs
 * an item is kept as dead: not retried, listed for an administrator, who can put it back ({@link #requeue}).
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

    /**
     * Records a first-run failure; the error is kept as its class name only.
     *
     * @param issueId  the issue's id, {@code null} when it has none yet (a create transition)
     * @param issueKey the issue's key
     * @param attempt  the callback attempt the work logs ({@link WorkKind#needsAttempt()}), else {@code null}
     */
    public void enqueue(WorkKind kind, Long issueId, String issueKey, CallbackAttempt attempt, Throwable error) {
        Objects.requireNonNull(kind, "kind");
        ao.executeInTransaction(() -> {
            FailedWorkEntity same = find(kind, issueId, issueKey, attempt);
            if (same != null) {
                failed(same, error);
                return null;
            }
            List<DBParam> params = new ArrayList<>(List.of(new DBParam("ISSUE_KEY", issueKey),
                    new DBParam("ISSUE_ID", issueId), new DBParam("WORK", kind.code()),
                    new DBParam("FAILED_AT", Date.from(clock.instant())), new DBParam("ATTEMPTS", 1),
                    new DBParam("ERROR", error.getClass().getName())));
            if (attempt != null) {
                params.add(new DBParam("ATTEMPT_AT", Date.from(attempt.attemptedAt())));
                params.add(new DBParam("ATTEMPT_AGENT_KEY", attempt.who()));
                params.add(new DBParam("ATTEMPT_OUTCOME", attempt.outcome().name()));
                params.add(new DBParam("ATTEMPT_RATING", attempt.rating()));
                params.add(new DBParam("ATTEMPT_NOTE", attempt.note()));
            }
            ao.create(FailedWorkEntity.class, params.toArray(DBParam[]::new));
            return null;
        });
    }

    /** Records that a retry of this item failed again: one more attempt, dead at {@link WorkKind#MAX_ATTEMPTS}. */
    public void failedAgain(FailedWork work, Throwable error) {
        ao.executeInTransaction(() -> {
            for (FailedWorkEntity e : ao.find(FailedWorkEntity.class, "ID = ?", work.id())) {
                failed(e, error);
            }
            return null;
        });
    }

    private void failed(FailedWorkEntity e, Throwable error) {
        Date now = Date.from(clock.instant());
        e.setAttempts(e.getAttempts() + 1);
        e.setFailedAt(now);
        e.setError(error.getClass().getName());
        if (e.getAttempts() >= WorkKind.MAX_ATTEMPTS && e.getDeadSince() == null) {
            e.setDeadSince(now);
        }
        e.save();
    }

    private FailedWorkEntity find(WorkKind kind, Long issueId, String issueKey, CallbackAttempt attempt) {
        Query q = issueId == null
                ? Query.select().where("ISSUE_ID IS NULL AND ISSUE_KEY = ? AND WORK = ?", issueKey, kind.code())
                : Query.select().where("ISSUE_ID = ? AND WORK = ?", issueId, kind.code());
        Date at = attempt == null ? null : Date.from(attempt.attemptedAt());
        for (FailedWorkEntity e : ao.find(FailedWorkEntity.class, q)) {
            if (Objects.equals(at, e.getAttemptAt() == null ? null : new Date(e.getAttemptAt().getTime()))) {
                return e;
            }
        }
        return null;
    }

    /** The oldest pending (not dead) items, at most {@code limit} (at least 1). */
    public List<FailedWork> pending(int limit) {
        return list(Query.select().where("DEAD_SINCE IS NULL").order("FAILED_AT ASC, ID ASC"), limit);
    }

    /** Dead items, most recently given up first, at most {@code limit} (at least 1). */
    public List<FailedWork> dead(int limit) {
        return list(Query.select().where("DEAD_SINCE IS NOT NULL").order("DEAD_SINCE DESC, ID DESC"), limit);
    }

    /** How many items are pending and how many dead. */
    public Counts counts() {
        return ao.executeInTransaction(() -> new Counts(ao.count(FailedWorkEntity.class, "DEAD_SINCE IS NULL"),
                ao.count(FailedWorkEntity.class, "DEAD_SINCE IS NOT NULL")));
    }

    private List<FailedWork> list(Query query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: expected at least 1, got " + limit);
        }
        return ao.executeInTransaction(() -> List.of(ao.find(FailedWorkEntity.class, query.limit(limit))).stream()
                .map(FailedWorkQueue::toWork).toList());
    }

    /** Whether the item is still pending (another node may have retried it meanwhile). */
    public boolean isPending(FailedWork work) {
        return ao.executeInTransaction(() ->
                ao.count(FailedWorkEntity.class, "ID = ? AND DEAD_SINCE IS NULL", work.id()) > 0);
    }

    /**
     * Puts a dead item back in the queue with a fresh count of attempts, for the next nightly run.
     *
     * @return the item, or empty when there is no dead item with that id (already requeued, retried or unknown)
     */
    public Optional<FailedWork> requeue(int id) {
        return ao.executeInTransaction(() -> {
            FailedWorkEntity[] found = ao.find(FailedWorkEntity.class, "ID = ? AND DEAD_SINCE IS NOT NULL", id);
            if (found.length == 0) {
                return Optional.empty();
            }
            found[0].setDeadSince(null);
            found[0].setAttempts(0);
            found[0].save();
            return Optional.of(toWork(found[0]));
        });
    }

    /** Removes an item whose retry succeeded. */
    public void done(FailedWork work) {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(FailedWorkEntity.class, "ID = ?", work.id()));
            return null;
        });
    }

    private static FailedWork toWork(FailedWorkEntity e) {
        CallbackAttempt attempt = e.getAttemptAt() == null || e.getAttemptOutcome() == null ? null
                : new CallbackAttempt(e.getIssueKey(), e.getAttemptAt().toInstant(), e.getAttemptAgentKey(),
                        CallbackOutcome.valueOf(e.getAttemptOutcome()), e.getAttemptRating(), e.getAttemptNote());
        return new FailedWork(e.getID(), WorkKind.ofCode(e.getWork()).orElse(null), e.getWork(), e.getIssueId(),
                e.getIssueKey(), e.getAttempts(), e.getFailedAt().toInstant(), e.getError(), attempt,
                e.getDeadSince() == null ? null : e.getDeadSince().toInstant());
    }

    /**
     * One queued item.
     *
     * @param kind      the kind of work; {@code null} for a code this release does not know (its retry fails)
     * @param code      the stored code
     * @param issueId   {@code null} on rows of an older release and for an issue not yet created
     * @param attempt   the captured callback attempt, {@code null} for other work
     * @param deadSince when it was given up on, {@code null} while pending
     */
    public record FailedWork(int id, WorkKind kind, String code, Long issueId, String issueKey, int attempts,
                             Instant failedAt, String error, CallbackAttempt attempt, Instant deadSince) {
        public boolean dead() {
            return deadSince != null;
        }
    }

    /** How many items are pending and dead. */
    public record Counts(int pending, int dead) {
    }
}
