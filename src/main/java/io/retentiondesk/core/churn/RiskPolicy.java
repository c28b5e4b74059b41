package io.retentiondesk.core.churn;

import io.retentiondesk.core.tier.Tier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Churn-risk settings of the policy (SPEC §5).
 *
 * @param windowDays          tickets created in the last this many days count
 * @param halfLifeDays        days after which a signal counts half
 * @param scale               P at which the score reaches 1 − 1/e (63)
 * @param points              base points of each signal; CONTACT_SURGE's are those of the ticket that makes the
 *                            surge threshold exactly
 * @param scoredBelowPerPoint extra SCORED_BELOW points per point of |S|
 * @param surgeFurtherPoints  CONTACT_SURGE points of each ticket beyond the threshold
 * @param surgeTickets        tickets in the surge window that make a surge
 * @param surgeDays           surge window in days
 * @param sameProblemDays     how far back an earlier ticket can be the same problem
 * @param sameProblemJaccard  summary word-set similarity that makes the same problem
 * @param repeatComplaintDays days after a DONE callback in which a new complaint is a repeat
 * @param bands               band lower bounds
 * @param intentWords         churn-intent words and phrases
 * @param competitors         competitor names, matched like intent words
 * @param winBackWeights      tier weights of the win-back priority
 */
public record RiskPolicy(int windowDays, double halfLifeDays, double scale, Map<RiskSignal, Double> points,
                         double scoredBelowPerPoint, double surgeFurtherPoints, int surgeTickets, int surgeDays,
                         int sameProblemDays, double sameProblemJaccard, int repeatComplaintDays, RiskBands bands,
                         List<String> intentWords, List<String> competitors, Map<Tier, Integer> winBackWeights) {
    public RiskPolicy {
        Objects.requireNonNull(bands, "bands");
        points = Collections.unmodifiableMap(complete(points, RiskSignal.class, "points"));
        winBackWeights = Collections.unmodifiableMap(complete(winBackWeights, Tier.class, "winBackWeights"));
        intentWords = List.copyOf(intentWords);
        competitors = List.copyOf(competitors);
    }

    public double points(RiskSignal signal) {
        return points.get(signal);
    }

    private static <K extends Enum<K>, V> EnumMap<K, V> complete(Map<K, V> in, Class<K> type, String name) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        copy.putAll(in);
        for (K k : type.getEnumConstants()) {
            if (!copy.containsKey(k)) {
                throw new IllegalArgumentException(name + "." + k + ": expected a value");
            }
        }
        return copy;
    }
}
