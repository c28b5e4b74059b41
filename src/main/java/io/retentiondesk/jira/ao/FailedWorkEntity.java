package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * Work a post-function could not finish, kept for the scheduled job to retry. Holds the issue key and the kind
 * of work only: no customer data.
 */
@Table("FAILED_WORK")
public interface FailedWorkEntity extends Entity {
    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

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
}
