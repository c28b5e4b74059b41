package io.retentiondesk.report.input;

import java.util.Objects;

/**
 * A record that was reported and left out.
 *
 * @param position {@code FILE#N} for the N-th issue of a JSON file, {@code FILE:LINE} for CSV files
 * @param reason   which field was wrong and what was expected
 */
public record Skipped(String position, String reason) {
    public Skipped {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(reason, "reason");
    }
}
