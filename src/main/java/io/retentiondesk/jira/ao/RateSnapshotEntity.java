package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** The tier a customer held at the start of a month, so rates per tier never shift when tiers change. */
@Table("TIER_SNAPSHOT")
public interface RateSnapshotEntity extends Entity {
    /** The month, {@code yyyy-MM}. */
    @NotNull
    @Indexed
    String getPeriod();

    void setPeriod(String period);

    @NotNull
    String getCustomerKey();

    void setCustomerKey(String key);

    @NotNull
    String getTier();

    void setTier(String tier);
}
