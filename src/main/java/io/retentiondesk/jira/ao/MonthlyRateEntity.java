package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A closed month's churn figures for one tier (or ALL), written once the night after the month ends. */
@Table("MONTHLY_RATE")
public interface MonthlyRateEntity extends Entity {
    /** The month, {@code yyyy-MM}. */
    @NotNull
    @Indexed
    String getPeriod();

    void setPeriod(String period);

    /** A tier name or {@code ALL}. */
    @NotNull
    String getTier();

    void setTier(String tier);

    int getBase();

    void setBase(int base);

    int getChurned();

    void setChurned(int churned);

    boolean isLowConfidence();

    void setLowConfidence(boolean lowConfidence);
}
