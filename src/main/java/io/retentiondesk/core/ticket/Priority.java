package io.retentiondesk.core.ticket;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The four priority levels the service promise is written for. Jira's "Lowest" counts as {@link #LOW};
 * other schemes (Blocker, P1, ...) reach these through the policy's priority map.
 */
public enum Priority {
    HIGHEST, HIGH, MEDIUM, LOW;

    /** Parses one of the five standard names (case-insensitive; Lowest is Low); empty when it is none of them. */
    public static Optional<Priority> standard(String name) {
        if (name == null) {
            return Optional.empty();
        }
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "highest": return Optional.of(HIGHEST);
            case "high": return Optional.of(HIGH);
            case "medium": return Optional.of(MEDIUM);
            case "low":
            case "lowest": return Optional.of(LOW);
            default: return Optional.empty();
        }
    }

    /**
     * Resolves a ticket's priority name: a standard name first, then the policy's map (keys compared
     * case-insensitively), else {@link #MEDIUM} as SPEC §2 says for unknown priorities.
     */
    public static Priority resolve(String name, Map<String, Priority> priorityMap) {
        Optional<Priority> standard = standard(name);
        if (standard.isPresent()) {
            return standard.get();
        }
        if (name != null) {
            Priority mapped = priorityMap.get(name.trim().toLowerCase(Locale.ROOT));
            if (mapped != null) {
                return mapped;
            }
        }
        return MEDIUM;
    }

    /** True when {@link #resolve} would have to fall back to Medium for this name. */
    public static boolean isUnknown(String name, Map<String, Priority> priorityMap) {
        return name != null && !name.isBlank() && standard(name).isEmpty()
                && !priorityMap.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }
}
