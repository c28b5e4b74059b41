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

/** Customers known to the app: their value, potential, current tier, churn and latest risk (their profiles). */
@Named
public class CustomerRegistry {
    private final ActiveObjects ao;

    @Inject
    public CustomerRegistry(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /**
     * The longest text an Active Objects {@code String} column without {@code @StringLength} holds (255 characters):
     * a customer's key and display name must fit, or the write fails.
     */
    public static final int MAX_TEXT = 255;

    /**
     * What the registry holds of one customer, as a value import compares it.
     *
     * @param customer  key (matching form) and display name as stored
     * @param value     annual value and potential
     * @param tier      current tier, UNRATED when none
     * @param churnedAt recorded churn date, {@code null} when none
     * @param churnType recorded churn type's name, {@code null} when none
     * @param unworthy  not worth winning back
     */
    public record Stored(CustomerKey customer, CustomerValue value, Tier tier, Instant churnedAt, String churnType,
                         boolean unworthy) {
    }

    /** Runs {@code work} in one transaction: everything it writes here is saved together, or nothing when it throws. */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    /** Every customer as stored, by key (one query). */
    public Map<CustomerKey, Stored> stored() {
        return ao.executeInTransaction(() -> {
            Map<CustomerKey, Stored> out = new java.util.LinkedHashMap<>();
            for (CustomerEntity e : ao.find(CustomerEntity.class, "ID > ?", 0)) {
                CustomerKey key = new CustomerKey(e.getCustomerKey(), e.getDisplayName() == null ? e.getCustomerKey()
                        : e.getDisplayName());
                out.put(key, new Stored(key, new CustomerValue(key, e.getAnnualValue() == null ? null
                        : new BigDecimal(e.getAnnualValue()), e.getPotential()),
                        e.getTier() == null ? Tier.UNRATED : Tier.valueOf(e.getTier()),
                        e.getChurnedAt() == null ? null : e.getChurnedAt().toInstant(), e.getChurnType(),
                        e.isUnworthy()));
            }
            return out;
        });
    }

    /**
     * Writes one imported customer: value and potential (blank = unknown); the churn date when none or a later one is
     * recorded (the earlier wins, SPEC §11); the churn type and the unworthy flag when given. Stamps the row as
     * imported at {@code at}. Joins the caller's transaction.
     */
    public void importValue(CustomerValue value, Instant churnedAt, String churnType, Boolean unworthy, Instant at) {
        ao.executeInTransaction(() -> {
            CustomerEntity e = findOrCreate(value.customer());
            e.setAnnualValue(value.annualValue() == null ? null : value.annualValue().toPlainString());
            e.setPotential(value.potential());
            if (churnedAt != null && (e.getChurnedAt() == null || e.getChurnedAt().toInstant().isAfter(churnedAt))) {
                e.setChurnedAt(Date.from(churnedAt));
            }
            if (churnType != null) {
                e.setChurnType(churnType);
            }
            if (unworthy != null) {
                e.setUnworthy(unworthy);
            }
            e.setValuesAt(Date.from(at));
            e.save();
            return null;
        });
    }

    /** How many customers are known and how many of them have an annual value (two counts, for the setup check). */
    public ValueCounts valueCounts() {
        return ao.executeInTransaction(() -> new ValueCounts(ao.count(CustomerEntity.class, "ANNUAL_VALUE IS NOT NULL"),
                ao.count(CustomerEntity.class, "ID > ?", 0)));
    }

    /** What {@link #valueCounts} answers. */
    public record ValueCounts(int withValue, int all) {
    }

    /** Whether a value import has written any customer at or after {@code since} (one indexed count). */
    public boolean valuesImportedSince(Instant since) {
        return ao.executeInTransaction(() -> ao.count(CustomerEntity.class, "VALUES_AT >= ?", Date.from(since)) > 0);
    }

    /**
     * Saves a tier worked out from the values read at {@code valuesReadAt}, unless a value import came since: in one
     * transaction, so an import committed before it is seen and its tiers are kept.
     *
     * @return whether the tier was written (false also when it was already this tier)
     */
    public boolean saveTierUnlessValuesImportedSince(CustomerKey customer, Tier tier, Instant valuesReadAt) {
        return ao.executeInTransaction(() -> {
            if (valuesImportedSince(valuesReadAt)) {
                return false;
            }
            CustomerEntity e = findOrCreate(customer);
            if (tier.name().equals(e.getTier())) {
                return false;
            }
            e.setTier(tier.name());
            e.save();
            return true;
        });
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

    /** Records the latest risk assessment, for queues and {@code atRiskCustomers()}. */
    public void saveRisk(CustomerKey customer, RiskAssessment risk) {
        ao.executeInTransaction(() -> {
            CustomerEntity e = findOrCreate(customer);
            String reasons = io.retentiondesk.jira.customfield.RiskReasonsText.forCustomer(risk.reasons());
            if (risk.band().name().equals(e.getRiskBand()) && Objects.equals(risk.score(), e.getRiskScore())
                    && reasons.equals(e.getRiskReasons())) {
                return null; // most customers' risk is unchanged from one night to the next: no write
            }
            e.setRiskBand(risk.band().name());
            e.setRiskScore(risk.score());
            e.setRiskReasons(reasons);
            e.save();
            return null;
        });
    }

    /**
     * The customer's latest assessed risk, if it has one.
     *
     * @return the score ({@code null} when churned), the band's name and the reasons in the customer form
     */
    public Optional<LatestRisk> latestRisk(CustomerKey customer) {
        return ao.executeInTransaction(() -> {
            CustomerEntity[] found = ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", customer.id());
            return found.length == 0 || found[0].getRiskBand() == null ? Optional.<LatestRisk>empty()
                    : Optional.of(new LatestRisk(found[0].getRiskScore(), found[0].getRiskBand(),
                    found[0].getRiskReasons()));
        });
    }

    /** What {@link #latestRisk} answers. */
    public record LatestRisk(Integer score, String band, String reasons) {
    }

    /** Every recorded churn date, in one query (the rates' activity). */
    public Map<CustomerKey, Instant> churnDates() {
        return ao.executeInTransaction(() -> {
            Map<CustomerKey, Instant> out = new java.util.HashMap<>();
            for (CustomerEntity c : ao.find(CustomerEntity.class, "CHURNED_AT IS NOT NULL")) {
                out.put(CustomerKey.of(c.getCustomerKey()), c.getChurnedAt().toInstant());
            }
            return out;
        });
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
        return find(customer).map(CustomerRegistry::profile).orElse(CustomerProfile.UNKNOWN);
    }

    /** The profiles of these customers, in queries of at most 500 keys; an unknown customer is UNRATED and active. */
    public Map<CustomerKey, CustomerProfile> profilesOf(java.util.Collection<CustomerKey> keys) {
        List<String> ids = keys.stream().map(CustomerKey::id).distinct().toList();
        Map<CustomerKey, CustomerProfile> out = new java.util.HashMap<>();
        keys.forEach(k -> out.put(k, CustomerProfile.UNKNOWN));
        ao.executeInTransaction(() -> {
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                for (CustomerEntity e : ao.find(CustomerEntity.class, "CUSTOMER_KEY IN (" + marks + ")",
                        chunk.toArray())) {
                    out.put(CustomerKey.of(e.getCustomerKey()), profile(e));
                }
            }
            return null;
        });
        return out;
    }

    private static CustomerProfile profile(CustomerEntity e) {
        return new CustomerProfile(e.getTier() == null ? Tier.UNRATED : Tier.valueOf(e.getTier()), e.getPotential(),
                e.getChurnedAt() == null ? null : e.getChurnedAt().toInstant(), e.getChurnType(), e.isUnworthy());
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
