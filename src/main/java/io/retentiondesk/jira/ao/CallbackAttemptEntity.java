package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One logged callback attempt on a complaint, found by the issue's id (which a move to another project keeps); the
 * key is the issue's key when the attempt was logged, for display. Rows logged before issue ids were kept have a
 * {@code null} id until the nightly job fills it in ({@link CallbackLog#keysWithoutIssueId}).
 */
@Table("CALLBACK")
public interface CallbackAttemptEntity extends Entity {
    /** The issue's id; {@code null} on a row of an older release not yet given one, {@link CallbackLog#NO_ISSUE} when its issue was gone. */
    @Indexed
    Long getIssueId();

    void setIssueId(Long id);

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    Date getAttemptedAt();

    void setAttemptedAt(Date at);

    /** User key of the agent who called. */
    String getAgentKey();

    void setAgentKey(String key);

    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    Integer getRating();

    void setRating(Integer rating);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);
}
