package io.retentiondesk.core.callback;

import io.retentiondesk.core.tier.Tier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Callback settings of the policy (SPEC §4).
 *
 * @param complaints  what makes a ticket a complaint
 * @param delayHours  hours from resolution to the callback's due time, per tier
 * @param retryHours  hours after an unreachable attempt until the retry is due
 * @param maxAttempts unreachable attempts before the callback is given up as UNREACHABLE
 * @param owner       who makes the callback
 * @param ownerField  user field naming the owner, for {@link CallbackOwner#USER_FIELD}
 * @param ownerRole   project role of the owners, for {@link CallbackOwner#PROJECT_ROLE}
 */
public record CallbackPolicy(ComplaintMatchers complaints, Map<Tier, Double> delayHours, double retryHours,
                             int maxAttempts, CallbackOwner owner, String ownerField, String ownerRole) {
    public CallbackPolicy {
        Objects.requireNonNull(complaints, "complaints");
        Objects.requireNonNull(owner, "owner");
        EnumMap<Tier, Double> copy = new EnumMap<>(Tier.class);
        copy.putAll(delayHours);
        for (Tier t : Tier.values()) {
            if (!copy.containsKey(t)) {
                throw new IllegalArgumentException("delayHours." + t + ": expected hours for every tier");
            }
        }
        delayHours = java.util.Collections.unmodifiableMap(copy);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: expected at least 1, got " + maxAttempts);
        }
    }
}
