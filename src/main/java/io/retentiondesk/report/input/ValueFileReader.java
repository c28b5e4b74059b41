package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        String fileName = file.getFileName().toString();
        Map<CustomerKey, ValueRow> rows = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = lower(parser.getHeaderMap());
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    skipped.accept(new Skipped(fileName + ":1", "header: expected the columns "
                            + "customer,annual_value,potential (optionally churned_at,churn_type,unworthy), missing "
                            + column));
                    return rows;
                }
            }
            Iterator<CSVRecord> it = parser.iterator();
            long startLine = parser.getCurrentLineNumber() + 1;
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    skipped.accept(new Skipped(fileName + ":" + startLine, "malformed CSV ("
                            + JiraDates.shorten(String.valueOf(e.getMessage())) + "); the rest of the file was not read"));
                    break;
                }
                String position = fileName + ":" + startLine;
                startLine = parser.getCurrentLineNumber() + 1;
                try {
                    ValueRow row = row(r, header);
                    if (rows.containsKey(row.value().customer())) {
                        throw new BadRecordException("customer: \"" + row.value().customer()
                                + "\" appears twice; expected one row per customer");
                    }
                    rows.put(row.value().customer(), row);
                } catch (BadRecordException | IllegalArgumentException e) {
                    skipped.accept(new Skipped(position, e.getMessage()));
                }
            }
        }
        return rows;
    }

    private static ValueRow row(CSVRecord r, Map<String, Integer> h) throws BadRecordException {
        String customer = get(r, h, "customer");
        if (customer == null) {
            throw new BadRecordException("customer: expected a customer key, got nothing");
        }
        BigDecimal value = null;
        String rawValue = get(r, h, "annual_value");
        if (rawValue != null) {
            try {
                value = new BigDecimal(rawValue);
            } catch (NumberFormatException e) {
                throw new BadRecordException("annual_value: expected a number of 0 or more, got \"" + rawValue + "\"");
            }
            if (value.signum() < 0) {
                throw new BadRecordException("annual_value: expected a number of 0 or more, got " + rawValue);
            }
        }
        Integer potential = null;
        String rawPotential = get(r, h, "potential");
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
        Instant churnedAt = JiraDates.parseOptional(get(r, h, "churned_at"), "churned_at");
        String unworthy = get(r, h, "unworthy");
        if (unworthy != null && !unworthy.equalsIgnoreCase("true") && !unworthy.equalsIgnoreCase("false")) {
            throw new BadRecordException("unworthy: expected true or false, got \"" + unworthy + "\"");
        }
        return new ValueRow(new CustomerValue(CustomerKey.of(customer), value, potential), churnedAt,
                get(r, h, "churn_type"), "true".equalsIgnoreCase(unworthy));
    }

    private static String get(CSVRecord r, Map<String, Integer> h, String column) {
        Integer i = h.get(column);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i);
        return v == null || v.isBlank() ? null : v.trim();
    }

    static Map<String, Integer> lower(Map<String, Integer> header) {
        Map<String, Integer> out = new LinkedHashMap<>();
        header.forEach((k, v) -> out.put(k.trim().toLowerCase(Locale.ROOT), v));
        return out;
    }
}
