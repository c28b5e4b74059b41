package io.retentiondesk.core.rates;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a customer churned (SPEC §6, §11): explicitly, by a churn resolution or a recorded date, or, if the
 * policy enables it, by inactivity dated when the rule fires. The earliest wins; a date after asOf is not
 * churn yet.
 */
public final class ChurnRule {
    private final Set<String> churnResolutions;
    private final Integer inactiveDays;

    public ChurnRule(RatesPolicy policy) {
        this.churnResolutions = policy.churnResolutions().stream()
                .map(n -> n.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.inactiveDays = policy.inactiveDays();
    }

    public boolean isChurnResolution(String resolutionName) {
        return resolutionName != null && churnResolutions.contains(resolutionName.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * @param byResolution earliest resolution of a ticket with a churn resolution, or {@code null}
     * @param recorded     churn date recorded elsewhere (value file, REST, UI), or {@code null}
     * @param lastActivity the customer's latest ticket creation, or {@code null}
     * @return the churn time, or {@code null} when the customer has not churned by asOf
     */
    public Instant churnedAt(Instant byResolution, Instant recorded, Instant lastActivity, Instant asOf) {
        Instant inactivity = inactiveDays == null || lastActivity == null ? null
                : lastActivity.plus(Duration.ofDays(inactiveDays));
        Instant earliest = earliest(earliest(byResolution, recorded), inactivity);
        return earliest == null || earliest.isAfter(asOf) ? null : earliest;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
