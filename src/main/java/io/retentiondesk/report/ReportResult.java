package io.retentiondesk.report;

import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.core.satisfaction.SatisfactionBand;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.report.input.Skipped;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an offline report found, for the terminal and the HTML page (report.json is written as the run goes).
 *
 * @param asOf               the time everything was computed as of
 * @param read               tickets read (skipped records not included)
 * @param scored             resolved tickets given a satisfaction score
 * @param afterAsOf          tickets left out because they were created after asOf
 * @param skipped            records reported and skipped
 * @param notices            warnings that did not skip a record (e.g. an unknown priority counted as Medium)
 * @param customers          every customer, sorted by key
 * @param rates              churn and retention per month and tier
 * @param satisfactionByTier counts of satisfaction bands per tier
 * @param tieringLowConfidence fewer ranked customers than the policy's minimum
 */
public record ReportResult(Instant asOf, long read, long scored, long afterAsOf, List<Skipped> skipped,
                           List<String> notices, List<CustomerStanding> customers, List<RateRow> rates,
                           Map<Tier, Map<SatisfactionBand, Integer>> satisfactionByTier,
                           boolean tieringLowConfidence) {

    public ReportResult {
        skipped = List.copyOf(skipped);
        notices = List.copyOf(notices);
        customers = List.copyOf(customers);
        rates = List.copyOf(rates);
        satisfactionByTier = Map.copyOf(satisfactionByTier);
    }

    /** Counts of risk bands (CHURNED included) per tier. */
    public Map<Tier, Map<RiskBand, Integer>> riskByTier() {
        Map<Tier, Map<RiskBand, Integer>> out = new java.util.EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            out.put(t, new java.util.EnumMap<>(RiskBand.class));
            for (RiskBand b : RiskBand.values()) {
                out.get(t).put(b, 0);
            }
        }
        for (CustomerStanding c : customers) {
            out.get(c.tier()).merge(c.risk().band(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * The churn-risk queue: customers worth winning back (not churned, not unworthy), highest win-back priority
     * first, then highest risk, then key.
     */
    public List<CustomerStanding> queue() {
        return customers.stream()
                .filter(c -> c.winBackPriority() != null && c.churnedAt() == null)
                .sorted(java.util.Comparator.comparing(CustomerStanding::winBackPriority).reversed()
                        .thenComparing(c -> c.risk().score(), java.util.Comparator.reverseOrder())
                        .thenComparing(CustomerStanding::customer))
                .toList();
    }
}
