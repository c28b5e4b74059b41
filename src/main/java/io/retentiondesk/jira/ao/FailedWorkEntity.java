package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * Work a post-function or the issue-event listener could not finish, kept for the scheduled job to retry, and kept
 * as dead once it has failed {@code WorkKind.MAX_ATTEMPTS} times. Holds the issue and the kind of work, and for
 * <em>Record callback outcome</em> the attempt the agent entered (outcome, rating, note), which exists nowhere else
 * until it is logged; never an exception's message.
 */
@Table("FAILED_WORK")
public interface FailedWorkEntity extends Entity {
    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    /** The issue's id, which a move keeps; {@code null} on rows of an older release and for an issue not yet created. */
    @Indexed
    Long getIssueId();

    void setIssueId(Long id);

    /** The {@code WorkKind} code. */
    @NotNull
    String getWork();

    void setWork(String work);

    @NotNull
    Date getFailedAt();

    void setFailedAt(Date at);

    int getAttempts();

    void setAttempts(int attempts);

    /** The exception's class name, never its message (which may carry customer data). */
    String getError();

    void setError(String error);

    /** When it was given up on; {@code null} while it is pending. */
    Date getDeadSince();

    void setDeadSince(Date at);

    /** The captured callback attempt (Record callback outcome only): when, who, outcome, rating, note. */
    Date getAttemptAt();

    void setAttemptAt(Date at);

    String getAttemptAgentKey();

    void setAttemptAgentKey(String key);

    String getAttemptOutcome();

    void setAttemptOutcome(String outcome);

    Integer getAttemptRating();

    void setAttemptRating(Integer rating);

    @StringLength(StringLength.UNLIMITED)
    String getAttemptNote();

    void setAttemptNote(String note);
}
