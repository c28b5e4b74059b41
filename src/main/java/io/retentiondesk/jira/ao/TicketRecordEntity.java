package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * The record a customer's assessment keeps of one ticket ({@code io.retentiondesk.core.TicketRecord}), one row per
 * issue: what is queried has a column (customer, creation, latest recovery, policy version, staleness); the rest is
 * one JSON payload read whole, and only
 * when its digest shows it changed since this node last parsed it.
 */
@Table("TICKET_RECORD")
public interface TicketRecordEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long id);

    @NotNull
    @Indexed
    String getCustomerKey();

    void setCustomerKey(String key);

    @NotNull
    @Indexed
    Date getCreated();

    void setCreated(Date created);

    /** {@code yyyy-MM} of the creation: the activity the churn rates' base counts. */
    @NotNull
    String getMonth();

    void setMonth(String month);

    /** The latest recovery of the complaint's callbacks, {@code null} when none: a repeat complaint looks back to it. */
    @Indexed
    Date getLatestRecovery();

    void setLatestRecovery(Date at);

    /** The policy version the record was computed with. */
    @NotNull
    long getPolicyVersion();

    void setPolicyVersion(long version);

    /** Set when another ticket of the customer changed what this one's evaluation depends on. */
    @Indexed
    boolean isStale();

    void setStale(boolean stale);

    /** The issue's last update as read, so the nightly repair finds tickets changed since. */
    Date getIssueUpdated();

    void setIssueUpdated(Date updated);

    /**
     * A digest of the payload (the first 8 bytes of its SHA-256), so an assessment can tell an unchanged record
     * from its key columns without reading the payload; {@code null} on rows written before it existed.
     */
    Long getPayloadDigest();

    void setPayloadDigest(Long digest);

    @StringLength(StringLength.UNLIMITED)
    String getPayload();

    void setPayload(String json);
}
