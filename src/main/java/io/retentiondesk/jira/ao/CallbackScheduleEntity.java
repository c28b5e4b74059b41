package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import java.util.Date;

/** The current callback of each resolved complaint: what {@code callbacksOverdue()} and the job read. */
@Table("CALLBACK_DUE")
public interface CallbackScheduleEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long id);

    @NotNull
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    Date getDue();

    void setDue(Date due);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    /** Who is asked to call back: a user key or {@code role:NAME}, {@code null} when not known. */
    String getOwner();

    void setOwner(String owner);
}
