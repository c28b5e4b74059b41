package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The callback attempts logged on complaints, as the core {@link CallbackAttempt} values, kept by issue id so a
 * moved issue (a new key) keeps its history.
 */
@Named
public class CallbackLog {
    /** The issue id given to rows of an older release whose key no longer finds an issue (it was deleted). */
    public static final long NO_ISSUE = 0L;

    private final ActiveObjects ao;

    @Inject
    public CallbackLog(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /**
     * Logs the attempt on the issue, with the attempt's key for display. An attempt already logged on the issue at the
     * same time with the same outcome is not logged again, so a retried <em>Record callback outcome</em> whose first
     * run logged it before failing logs it once.
     */
    public void record(long issueId, CallbackAttempt attempt) {
        Date at = Date.from(attempt.attemptedAt());
        ao.executeInTransaction(() -> {
            if (ao.count(CallbackAttemptEntity.class, "ISSUE_ID = ? AND ATTEMPTED_AT = ? AND OUTCOME = ?", issueId, at,
                    attempt.outcome().name()) > 0) {
                return null;
            }
            return ao.create(CallbackAttemptEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("ISSUE_KEY", attempt.ticketKey().toUpperCase(Locale.ROOT)),
                    new DBParam("ATTEMPTED_AT", at),
                    new DBParam("AGENT_KEY", attempt.who()),
                    new DBParam("OUTCOME", attempt.outcome().name()),
                    new DBParam("RATING", attempt.rating()),
                    new DBParam("NOTE", attempt.note()));
        });
    }

    /**
     * Attempts on one complaint, oldest first: those logged on its id, and rows of an older release not yet given an
     * id that carry its current key (so nothing is missed between an upgrade and the nightly job that fills the ids).
     * One query.
     */
    public List<CallbackAttempt> attemptsFor(long issueId, String currentKey) {
        return ao.executeInTransaction(() -> List.of(ao.find(CallbackAttemptEntity.class,
                Query.select().where("ISSUE_ID = ? OR (ISSUE_ID IS NULL AND ISSUE_KEY = ?)", issueId,
                        currentKey.toUpperCase(Locale.ROOT)).order("ATTEMPTED_AT ASC, ID ASC")))
                .stream()
                .map(e -> new CallbackAttempt(e.getIssueKey(), e.getAttemptedAt().toInstant(), e.getAgentKey(),
                        CallbackOutcome.valueOf(e.getOutcome()), e.getRating(), e.getNote()))
                .toList());
    }

    /** Keys of rows logged by an older release, which kept no issue id: at most {@code limit} (at least 1). */
    public Set<String> keysWithoutIssueId(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: expected at least 1, got " + limit);
        }
        return ao.executeInTransaction(() -> {
            Set<String> keys = new LinkedHashSet<>();
            for (CallbackAttemptEntity e : ao.find(CallbackAttemptEntity.class,
                    Query.select().where("ISSUE_ID IS NULL").order("ID ASC").limit(limit))) {
                keys.add(e.getIssueKey());
            }
            return keys;
        });
    }

    /**
     * Gives the rows of an older release logged under this key the issue's id ({@link #NO_ISSUE} when the key finds
     * no issue any more). Safe to repeat and to run on two nodes at once: both write the same id.
     *
     * @return how many rows were given it
     */
    public int assignIssueId(String key, long issueId) {
        return ao.executeInTransaction(() -> {
            CallbackAttemptEntity[] rows = ao.find(CallbackAttemptEntity.class, "ISSUE_ID IS NULL AND ISSUE_KEY = ?", key);
            for (CallbackAttemptEntity e : rows) {
                e.setIssueId(issueId);
                e.save();
            }
            return rows.length;
        });
    }
}
