package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Which customer a ticket belongs to, recorded when the customer is assessed: what atRiskCustomers() returns. */
@Table("CUSTOMER_TICKET")
public interface CustomerTicketEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long id);

    @NotNull
    @Indexed
    String getCustomerKey();

    void setCustomerKey(String key);

    /** The month the ticket was created, {@code yyyy-MM}: the activity the churn rates' base counts. */
    String getMonth();

    void setMonth(String month);
}
