package io.retentiondesk.core.satisfaction;

/**
 * The promise made for one tier and priority: target first response {@code tFR} and resolution {@code tTR}
 * in calendar hours. Invariant: {@code 0 < firstResponseHours <= resolutionHours}.
 */
public record ServiceTarget(double firstResponseHours, double resolutionHours) {
    public ServiceTarget {
        if (!(firstResponseHours > 0) || !(resolutionHours >= firstResponseHours)) {
            throw new IllegalArgumentException("service target: expected 0 < first response <= resolution hours, got "
                    + firstResponseHours + " / " + resolutionHours);
        }
    }
}
