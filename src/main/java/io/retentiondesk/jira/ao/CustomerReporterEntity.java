package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One user who reported a ticket of a customer (SPEC §11 customer side): bounded by the customer's distinct
 * reporters, not its tickets.
 */
@Table("CUSTOMER_REPORTER")
public interface CustomerReporterEntity extends Entity {
    @NotNull
    @Indexed
    String getCustomerKey();

    void setCustomerKey(String key);

    @NotNull
    String getReporterId();

    void setReporterId(String id);
}
