package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * The customer registry: value, potential, tier and churn of each customer. {@code CustomerKey} is the
 * matching form of the key (trimmed, lower case), unique per row.
 */
@Table("CUSTOMER")
public interface CustomerEntity extends Entity {
    @NotNull
    @Indexed
    String getCustomerKey();

    void setCustomerKey(String key);

    String getDisplayName();

    void setDisplayName(String name);

    /** Annual value as a decimal string (exact), {@code null} when unknown. */
    String getAnnualValue();

    void setAnnualValue(String value);

    Integer getPotential();

    void setPotential(Integer potential);

    String getTier();

    void setTier(String tier);

    boolean isUnworthy();

    void setUnworthy(boolean unworthy);

    Date getChurnedAt();

    void setChurnedAt(Date churnedAt);

    String getChurnType();

    void setChurnType(String churnType);

    /**
     * When a value import last wrote this customer's value, {@code null} when none has: the nightly re-tier leaves
     * tiers alone once an import came after it read the values (the import has re-tiered with newer ones).
     */
    @Indexed
    Date getValuesAt();

    void setValuesAt(Date valuesAt);

    /** The latest assessed churn-risk band (a RiskBand name), {@code null} before the first assessment. */
    @Indexed
    String getRiskBand();

    void setRiskBand(String band);

    Integer getRiskScore();

    void setRiskScore(Integer score);

    /**
     * The latest assessment's reasons naming their tickets ({@code RiskReasonsText.forCustomer}): for the issue
     * panel, which names a ticket only to a viewer who may browse it. Never copied into a field.
     */
    @net.java.ao.schema.StringLength(net.java.ao.schema.StringLength.UNLIMITED)
    String getRiskReasons();

    void setRiskReasons(String reasons);
}
