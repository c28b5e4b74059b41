package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.ticket.CustomerKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which customer each ticket belongs to and the month it was created: the index behind {@code atRiskCustomers()},
 * the browse checks of the REST profile and risk queue, the churn rates' activity and the nightly job's active
 * customers. Every ticket the app evaluates is linked.
 */
@Named
public class TicketLinks {
    private final ActiveObjects ao;

    @Inject
    public TicketLinks(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /** The customer's linked issues, newest id first, at most {@code limit}. */
    public List<Long> issueIdsOf(CustomerKey customer, int limit) {
        return ao.executeInTransaction(() -> java.util.Arrays.stream(ao.find(CustomerTicketEntity.class,
                        net.java.ao.Query.select().where("CUSTOMER_KEY = ?", customer.id()).order("ISSUE_ID DESC")
                                .limit(limit)))
                .map(CustomerTicketEntity::getIssueId).toList());
    }

    /** Remembers that these issues are the customer's (idempotent), without their months. */
    public void linkTickets(CustomerKey customer, java.util.Collection<Long> issueIds) {
        java.util.Map<Long, java.time.YearMonth> months = new java.util.LinkedHashMap<>();
        issueIds.forEach(id -> months.put(id, null));
        linkTickets(customer, months);
    }

    /** Remembers that these issues are the customer's and the month each was created (idempotent). */
    public void linkTickets(CustomerKey customer, java.util.Map<Long, java.time.YearMonth> issueMonths) {
        ao.executeInTransaction(() -> {
            for (java.util.Map.Entry<Long, java.time.YearMonth> e : issueMonths.entrySet()) {
                String month = e.getValue() == null ? null : e.getValue().toString();
                CustomerTicketEntity[] found = ao.find(CustomerTicketEntity.class, "ISSUE_ID = ?", e.getKey());
                if (found.length == 0) {
                    ao.create(CustomerTicketEntity.class, new DBParam("ISSUE_ID", e.getKey()),
                            new DBParam("CUSTOMER_KEY", customer.id()), new DBParam("MONTH", month));
                } else if (!found[0].getCustomerKey().equals(customer.id())
                        || (month != null && !month.equals(found[0].getMonth()))) {
                    found[0].setCustomerKey(customer.id());
                    if (month != null) {
                        found[0].setMonth(month);
                    }
                    found[0].save();
                }
            }
            return null;
        });
    }

    /**
     * Every customer with a linked ticket: the months it had tickets, with its churn date from {@code churnedAt}, for
     * the churn and retention rates (SPEC §6). One query, however many customers.
     */
    public List<io.retentiondesk.core.rates.CustomerActivity> activity(Map<CustomerKey, Instant> churnedAt) {
        return ao.executeInTransaction(() -> {
            java.util.Map<String, java.util.Set<java.time.YearMonth>> months = new java.util.TreeMap<>();
            for (CustomerTicketEntity t : ao.find(CustomerTicketEntity.class, "MONTH IS NOT NULL")) {
                months.computeIfAbsent(t.getCustomerKey(), k -> new java.util.TreeSet<>())
                        .add(java.time.YearMonth.parse(t.getMonth()));
            }
            List<io.retentiondesk.core.rates.CustomerActivity> out = new java.util.ArrayList<>();
            for (java.util.Map.Entry<String, java.util.Set<java.time.YearMonth>> e : months.entrySet()) {
                CustomerKey key = CustomerKey.of(e.getKey());
                out.add(new io.retentiondesk.core.rates.CustomerActivity(key, e.getValue(), churnedAt.get(key)));
            }
            return out;
        });
    }

    /**
     * Issues of the customers whose latest risk band is one of {@code bands}, newest issue first, at most
     * {@code limit}: one query joining the ticket links to the customers (no list of customer keys, whatever their
     * number), so the cut, if any, drops the oldest tickets.
     */
    public List<Long> ticketsOfCustomersIn(java.util.Set<io.retentiondesk.core.churn.RiskBand> bands, int limit) {
        if (bands.isEmpty()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> java.util.Arrays.stream(ao.find(CustomerTicketEntity.class,
                        ofCustomersIn(bands, net.java.ao.Query.select("ID, ISSUE_ID")).order("t.ISSUE_ID DESC")
                                .limit(limit)))
                .map(CustomerTicketEntity::getIssueId).toList());
    }

    private static net.java.ao.Query ofCustomersIn(java.util.Set<io.retentiondesk.core.churn.RiskBand> bands,
                                                   net.java.ao.Query query) {
        Object[] names = bands.stream().map(Enum::name).toArray();
        String placeholders = String.join(", ", java.util.Collections.nCopies(names.length, "?"));
        return query.alias(CustomerTicketEntity.class, "t").alias(CustomerEntity.class, "c")
                .join(CustomerEntity.class, "t.CUSTOMER_KEY = c.CUSTOMER_KEY")
                .where("c.RISK_BAND IN (" + placeholders + ")", names);
    }

    /** Customers with a ticket created in {@code since} or later, with their newest ticket's id. */
    public Map<CustomerKey, Long> activeSince(java.time.YearMonth since) {
        return ao.executeInTransaction(() -> {
            Map<CustomerKey, Long> newest = new java.util.TreeMap<>(java.util.Comparator.comparing(CustomerKey::id));
            for (CustomerTicketEntity t : ao.find(CustomerTicketEntity.class, "MONTH >= ?", since.toString())) {
                newest.merge(CustomerKey.of(t.getCustomerKey()), t.getIssueId(), Math::max);
            }
            return newest;
        });
    }

    /** Tickets created in {@code since} or later, newest id first, at most {@code limit}. */
    public List<Long> ticketsCreatedSince(java.time.YearMonth since, int limit) {
        return ao.executeInTransaction(() -> java.util.Arrays.stream(ao.find(CustomerTicketEntity.class,
                        net.java.ao.Query.select().where("MONTH >= ?", since.toString()).order("ISSUE_ID DESC").limit(limit)))
                .map(CustomerTicketEntity::getIssueId).toList());
    }
}
