package io.retentiondesk.core.churn;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The little a customer's assessment keeps of one ticket in the risk window: what the cross-ticket signals
 * (surge, same problem, repeat complaint) compare, and the ticket's own signal occurrences. Keeping this
 * instead of the ticket bounds memory by the window, not by the export.
 *
 * @param key          issue key
 * @param created      creation time
 * @param requestType  request type name in lower case, {@code null} when none
 * @param issueType    issue type name in lower case
 * @param summaryWords the summary's word set (§5 word rule)
 * @param complaint    whether it is a complaint
 * @param signals      the ticket's own signal occurrences
 */
public record RiskTicket(String key, Instant created, String requestType, String issueType,
                         Set<String> summaryWords, boolean complaint, List<SignalOccurrence> signals) {
    public RiskTicket {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(created, "created");
        summaryWords = Set.copyOf(summaryWords);
        signals = List.copyOf(signals);
    }

    /** Same kind of problem: by request type when both have one, by issue type when neither has one. */
    public boolean sameKindAs(RiskTicket other) {
        if (requestType != null && other.requestType != null) {
            return requestType.equals(other.requestType);
        }
        if (requestType == null && other.requestType == null) {
            return issueType != null && issueType.equals(other.issueType);
        }
        return false;
    }
}
