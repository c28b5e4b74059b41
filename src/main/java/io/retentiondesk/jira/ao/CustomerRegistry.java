package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.churn.RiskAssessment;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Customers known to the app: their value, potential, current tier and churn. */
@Named
public class CustomerRegistry {
    private final ActiveObjects ao;

    @Inject
    public CustomerRegistry(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /** Creates or updates a customer's value and potential (tier untouched until the next re-tiering). */
    public void saveValue(CustomerValue value) {
        ao.executeInTransaction(() -> {
            CustomerEntity e = findOrCreate(value.customer());
            e.setAnnualValue(value.annualValue() == null ? null : value.annualValue().toPlainString());
            e.setPotential(value.potential());
            e.save();
            return null;
        });
    }

    public void saveTier(CustomerKey customer, Tier tier) {
        ao.executeInTransaction(() -> {
            CustomerEntity e = findOrCreate(customer);
            e.setTier(tier.name());
            e.save();
            return null;
        });
    }

    public void markChurned(CustomerKey customer, Instant at, String churnType) {
        ao.executeInTransaction(() -> {
            CustomerEntity e = findOrCreate(customer);
            e.setChurnedAt(Date.from(at));
            e.setChurnType(churnType);
            e.save();
            return null;
        });
    }

    /**
     * Dates the churn at {@code at} unless an earlier date is recorded; a churn type already recorded is kept.
     *
     * @return whether the date was set now
     */
    public boolean markChurnedIfEarlier(CustomerKey customer, Instant at, String typeIfUnknown) {
        return ao.executeInTransaction(() -> {
            CustomerEntity e = findOrCreate(customer);
            if (e.getChurnedAt() != null && !e.getChurnedAt().toInstant().isAfter(at)) {
                return false;
            }
            e.setChurnedAt(Date.from(at));
            if (e.getChurnType() == null) {
                e.setChurnType(typeIfUnknown);
            }
            e.save();
            return true;
        });
    }

    /** Flags the customer as not worth winning back (fraud, malicious arrears, abuse). */
    public void markUnworthy(CustomerKey customer, boolean unworthy) {
        ao.executeInTransaction(() -> {
            CustomerEntity e = findOrCreate(customer);
            e.setUnworthy(unworthy);
            e.save();
            return null;
        });
    }

    /** The customer's linked issues, newest id first, at most {@code limit}. */
    public List<Long> issueIdsOf(CustomerKey customer, int limit) {
        return ao.executeInTransaction(() -> java.util.Arrays.stream(ao.find(CustomerTicketEntity.class,
                        net.java.ao.Query.select().where("CUSTOMER_KEY = ?", customer.id()).order("ISSUE_ID DESC")
                                .limit(limit)))
                .map(CustomerTicketEntity::getIssueId).toList());
    }

    /** Records the latest risk assessment, for queues and {@code atRiskCustomers()}. */
    public void saveRisk(CustomerKey customer, RiskAssessment risk) {
        ao.executeInTransaction(() -> {
            CustomerEntity e = findOrCreate(customer);
            e.setRiskBand(risk.band().name());
            e.setRiskScore(risk.score());
            e.save();
            return null;
        });
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
     * Every customer with a linked ticket: the months it had tickets and when it churned, for the churn and
     * retention rates (SPEC §6).
     */
    public List<io.retentiondesk.core.rates.CustomerActivity> activity() {
        return ao.executeInTransaction(() -> {
            java.util.Map<String, java.util.Set<java.time.YearMonth>> months = new java.util.TreeMap<>();
            for (CustomerTicketEntity t : ao.find(CustomerTicketEntity.class, "MONTH IS NOT NULL")) {
                months.computeIfAbsent(t.getCustomerKey(), k -> new java.util.TreeSet<>())
                        .add(java.time.YearMonth.parse(t.getMonth()));
            }
            // one query for every churn date, not one per customer
            java.util.Map<String, Instant> churned = new java.util.HashMap<>();
            for (CustomerEntity c : ao.find(CustomerEntity.class, "CHURNED_AT IS NOT NULL")) {
                churned.put(c.getCustomerKey(), c.getChurnedAt().toInstant());
            }
            List<io.retentiondesk.core.rates.CustomerActivity> out = new java.util.ArrayList<>();
            for (java.util.Map.Entry<String, java.util.Set<java.time.YearMonth>> e : months.entrySet()) {
                out.add(new io.retentiondesk.core.rates.CustomerActivity(CustomerKey.of(e.getKey()), e.getValue(),
                        churned.get(e.getKey())));
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

    /** How many issues {@link #ticketsOfCustomersIn} would give without a limit. */
    public int countTicketsOfCustomersIn(java.util.Set<io.retentiondesk.core.churn.RiskBand> bands) {
        if (bands.isEmpty()) {
            return 0;
        }
        return ao.executeInTransaction(() -> ao.count(CustomerTicketEntity.class,
                ofCustomersIn(bands, net.java.ao.Query.select())));
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

    /** One row of the risk queue. */
    public record AtRisk(CustomerKey customer, Tier tier, int score, io.retentiondesk.core.churn.RiskBand band) {
    }

    /** Customers whose latest band is one of {@code bands}, highest score first, at most {@code limit}. */
    public List<AtRisk> atRisk(java.util.Set<io.retentiondesk.core.churn.RiskBand> bands, int limit) {
        if (bands.isEmpty()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> {
            Object[] names = bands.stream().map(Enum::name).toArray();
            String placeholders = String.join(", ", java.util.Collections.nCopies(names.length, "?"));
            return java.util.Arrays.stream(ao.find(CustomerEntity.class, net.java.ao.Query.select()
                            .where("RISK_BAND IN (" + placeholders + ")", names).order("RISK_SCORE DESC").limit(limit)))
                    .map(e -> new AtRisk(CustomerKey.of(e.getCustomerKey()),
                            e.getTier() == null ? Tier.UNRATED : Tier.valueOf(e.getTier()),
                            e.getRiskScore() == null ? 0 : e.getRiskScore(),
                            io.retentiondesk.core.churn.RiskBand.valueOf(e.getRiskBand())))
                    .toList();
        });
    }

    /** What a customer's standing needs from the registry; an unknown customer is UNRATED and active. */
    public CustomerProfile profileOf(CustomerKey customer) {
        return find(customer).map(e -> new CustomerProfile(e.getTier() == null ? Tier.UNRATED : Tier.valueOf(e.getTier()),
                        e.getPotential(), e.getChurnedAt() == null ? null : e.getChurnedAt().toInstant(),
                        e.getChurnType(), e.isUnworthy()))
                .orElse(CustomerProfile.UNKNOWN);
    }

    /** The customer's stored growth potential 0–100, {@code null} when not assessed. */
    public Integer potentialOf(CustomerKey customer) {
        return find(customer).map(CustomerEntity::getPotential).orElse(null);
    }

    /** The customer's stored tier, UNRATED when unknown. */
    public Tier tierOf(CustomerKey customer) {
        return profileOf(customer).tier();
    }

    /** Every customer's value, for re-tiering. */
    public List<CustomerValue> values() {
        return ao.executeInTransaction(() -> List.of(ao.find(CustomerEntity.class, "ID > ?", 0)).stream()
                .map(e -> new CustomerValue(new CustomerKey(e.getCustomerKey(), e.getDisplayName()),
                        e.getAnnualValue() == null ? null : new BigDecimal(e.getAnnualValue()), e.getPotential()))
                .toList());
    }

    Optional<CustomerEntity> find(CustomerKey customer) {
        return ao.executeInTransaction(() -> {
            CustomerEntity[] found = ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", customer.id());
            return Optional.ofNullable(found.length == 0 ? null : found[0]);
        });
    }

    private CustomerEntity findOrCreate(CustomerKey customer) {
        CustomerEntity[] found = ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", customer.id());
        if (found.length > 0) {
            return found[0];
        }
        return ao.create(CustomerEntity.class, new DBParam("CUSTOMER_KEY", customer.id()),
                new DBParam("DISPLAY_NAME", customer.display()));
    }
}
