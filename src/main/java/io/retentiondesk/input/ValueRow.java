package io.retentiondesk.input;

import io.retentiondesk.core.churn.ChurnType;
import io.retentiondesk.core.tier.CustomerValue;

import java.time.Instant;
import java.util.Objects;

/**
 * One good row of the value file: {@code customer,annual_value,potential[,churned_at,churn_type,unworthy]}.
 * Immutable.
 *
 * @param line      where it was read: the CSV line the record starts on (header = line 1), or for JSON the
 *                  object's position in the array plus one, as if the array had a header line
 * @param value     the customer's value and potential; a blank value or potential is unknown ({@code null})
 * @param churnedAt recorded churn date, {@code null} when the cell is blank or the column absent
 * @param churnType the kind of churn (seed 002 §3.3), {@code null} when blank or absent; text that names no type
 *                  is {@link ChurnType#OTHER} (and a {@link ValueFile#notices() notice})
 * @param unworthy  fraud, malicious arrears or abuse; {@code null} when blank or absent (nothing said)
 */
public record ValueRow(int line, CustomerValue value, Instant churnedAt, ChurnType churnType, Boolean unworthy) {
    public ValueRow {
        Objects.requireNonNull(value, "value");
    }

    /** Whether the row marks the customer unworthy; a blank cell says no. */
    public boolean isUnworthy() {
        return Boolean.TRUE.equals(unworthy);
    }
}
