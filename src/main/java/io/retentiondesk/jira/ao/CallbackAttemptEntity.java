package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** One logged callback attempt on a complaint. */
@Table("CALLBACK")
public interface CallbackAttemptEntity extends Entity {
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
