package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the value file. A row with a negative value, a potential outside 0–100, a bad date or a repeated
 * customer is reported at its line and skipped; blank value or potential means unknown.
 */
public final class ValueFileReader {
    private static final List<String> REQUIRED = List.of("customer", "annual_value", "potential");

    /** @return rows by customer, in file order */
    public Map<CustomerKey, ValueRow> read(Path file, Consumer<Skipped> skipped) throws IOException {
        Map<CustomerKey, ValueRow> rows = new LinkedHashMap<>();
        CsvTable.read(file, REQUIRED, "customer,annual_value,potential (optionally churned_at,churn_type,unworthy)",
                skipped, r -> {
                    ValueRow row = row(r);
                    if (rows.containsKey(row.value().customer())) {
                        throw new BadRecordException("customer: \"" + row.value().customer()
                                + "\" appears twice; expected one row per customer");
                    }
                    rows.put(row.value().customer(), row);
                });
        return rows;
    }

    /** At most 10^15, the largest value SPEC §11 allows. */
    static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(15);

    /**
     * A value of 0 to 10^15 with at most 4 decimals (SPEC §11). The size is bounded before any arithmetic: a cell
     * such as {@code 1e100000000} is rejected by its digits and exponent, never expanded.
     */
    static BigDecimal annualValue(String raw) throws BadRecordException {
        String expected = "annual_value: expected a number of 0 or more, up to 1000000000000000 with at most 4 "
                + "decimals, got \"" + JiraDates.shorten(raw) + "\"";
        if (raw.length() > 40) {
            throw new BadRecordException(expected);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new BadRecordException(expected);
        }
        // precision − scale = digits before the point: 16 at most for 10^15; a scale above 4 must be trailing zeros
        if (value.signum() < 0 || (long) value.precision() - value.scale() > 16 || value.scale() > 40
                || value.scale() > 4 && value.stripTrailingZeros().scale() > 4 || value.compareTo(MAX_VALUE) > 0) {
            throw new BadRecordException(expected);
        }
        return value;
    }

    private static ValueRow row(CsvTable.Row r) throws BadRecordException {
        String customer = r.get("customer");
        if (customer == null) {
            throw new BadRecordException("customer: expected a customer key, got nothing");
        }
        BigDecimal value = null;
        String rawValue = r.get("annual_value");
        if (rawValue != null) {
            value = annualValue(rawValue);
        }
        Integer potential = null;
        String rawPotential = r.get("potential");
        if (rawPotential != null) {
            try {
                potential = Integer.parseInt(rawPotential);
            } catch (NumberFormatException e) {
                potential = -1;
            }
            if (potential < 0 || potential > 100) {
                throw new BadRecordException("potential: expected a whole number from 0 to 100, got \""
                        + rawPotential + "\"");
            }
        }
        Instant churnedAt = JiraDates.parseOptional(r.get("churned_at"), "churned_at");
        String unworthy = r.get("unworthy");
        if (unworthy != null && !unworthy.equalsIgnoreCase("true") && !unworthy.equalsIgnoreCase("false")) {
            throw new BadRecordException("unworthy: expected true or false, got \"" + unworthy + "\"");
        }
        return new ValueRow(new CustomerValue(CustomerKey.of(customer), value, potential), churnedAt,
                r.get("churn_type"), "true".equalsIgnoreCase(unworthy));
    }
}
