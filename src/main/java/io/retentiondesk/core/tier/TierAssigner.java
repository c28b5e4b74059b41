package io.retentiondesk.core.tier;

import io.retentiondesk.core.ticket.CustomerKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Places customers in the value pyramid (SPEC §3): unknown value → UNRATED, value 0 → SMALL without a rank,
 * the rest ranked by value with ties sharing the best rank, then split by {@link TierMethod}.
 * Stateless and thread-safe; O(n log n).
 */
public final class TierAssigner {
    private final TieringPolicy policy;

    public TierAssigner(TieringPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public TierAssignment assign(Collection<CustomerValue> customers) {
        Map<CustomerKey, Tier> tiers = new HashMap<>();
        List<CustomerValue> ranked = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CustomerValue c : customers) {
            if (c.annualValue() == null) {
                tiers.put(c.customer(), Tier.UNRATED);
            } else if (c.annualValue().signum() == 0) {
                tiers.put(c.customer(), Tier.SMALL);
            } else {
                ranked.add(c);
                total = total.add(c.annualValue());
            }
        }
        ranked.sort(Comparator.comparing(CustomerValue::annualValue).reversed());
        int n = ranked.size();
        Cutoffs cutoffs = policy.activeCutoffs();
        BigDecimal before = BigDecimal.ZERO;       // value of every customer ranked ahead of this one
        BigDecimal beforeTie = BigDecimal.ZERO;    // ... ahead of the first customer of this one's tie
        int tieRank = 1;
        for (int i = 0; i < n; i++) {
            CustomerValue c = ranked.get(i);
            if (i == 0 || c.annualValue().compareTo(ranked.get(i - 1).annualValue()) != 0) {
                tieRank = i + 1;
                beforeTie = before;
            }
            Tier tier;
            if (policy.method() == TierMethod.COUNT_SHARE) {
                tier = cutoffs.tierAt((tieRank - 1) / (double) n);
            } else {
                tier = valueShareTier(beforeTie, total, cutoffs);
            }
            tiers.put(c.customer(), tier);
            before = before.add(c.annualValue());
        }
        return new TierAssignment(tiers, n, n < policy.lowConfidenceBelow());
    }

    /** Compares {@code before / total < cutoff} exactly, as {@code before < cutoff · total}. */
    private static Tier valueShareTier(BigDecimal before, BigDecimal total, Cutoffs cutoffs) {
        if (before.compareTo(total.multiply(BigDecimal.valueOf(cutoffs.key()))) < 0) {
            return Tier.KEY;
        }
        if (before.compareTo(total.multiply(BigDecimal.valueOf(cutoffs.major()))) < 0) {
            return Tier.MAJOR;
        }
        if (before.compareTo(total.multiply(BigDecimal.valueOf(cutoffs.ordinary()))) < 0) {
            return Tier.ORDINARY;
        }
        return Tier.SMALL;
    }
}
