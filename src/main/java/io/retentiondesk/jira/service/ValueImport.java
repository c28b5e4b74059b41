package io.retentiondesk.jira.service;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierAssigner;
import io.retentiondesk.core.tier.TierAssignment;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.report.input.Skipped;
import io.retentiondesk.report.input.ValueFileReader;
import io.retentiondesk.input.ValueRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports customer values from the value CSV (the offline command's format), for the REST resource and the
 * admin page. A preview computes the tier changes and writes nothing; bad lines are reported and skipped.
 */
@Named
public class ValueImport {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private final CustomerRegistry customers;
    private final PolicyStore policies;

    @Inject
    public ValueImport(CustomerRegistry customers, PolicyStore policies) {
        this.customers = Objects.requireNonNull(customers);
        this.policies = Objects.requireNonNull(policies);
    }

    /** A customer whose tier the import changes (or would). */
    public record TierChange(String customer, Tier from, Tier to) {
    }

    /** What an import did or would do. */
    public record Result(boolean preview, int imported, List<TierChange> changes, List<Skipped> skipped) {
    }

    /** The upload as a whole cannot be imported; {@code tooLarge} tells REST to answer 413. */
    public static final class Refused extends RuntimeException {
        private final boolean tooLarge;

        Refused(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    public Result importCsv(String csv, boolean preview) {
        if (csv == null || csv.isBlank()) {
            throw new Refused("expected CSV with a header customer,annual_value,potential", false);
        }
        if (csv.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new Refused("expected at most 5 MB; split the file", true);
        }
        List<Skipped> skipped = new ArrayList<>();
        Map<CustomerKey, ValueRow> rows = read(csv, skipped);
        if (rows.isEmpty()) {
            throw new Refused("no valid line: " + (skipped.isEmpty() ? "the file has a header only"
                    : skipped.get(0).position() + ": " + skipped.get(0).reason()), false);
        }
        Map<CustomerKey, CustomerValue> all = new HashMap<>();
        for (CustomerValue v : customers.values()) {
            all.put(v.customer(), v);
        }
        rows.forEach((k, r) -> all.put(k, r.value()));
        TierAssignment tiers = new TierAssigner(policies.current().tiering()).assign(all.values());
        List<TierChange> changes = new ArrayList<>();
        for (CustomerValue v : all.values()) {
            Tier before = customers.tierOf(v.customer());
            Tier after = tiers.tierOf(v.customer());
            if (before != after) {
                changes.add(new TierChange(v.customer().id(), before, after));
            }
            if (!preview) {
                if (rows.containsKey(v.customer())) {
                    customers.saveValue(v);
                }
                customers.saveTier(v.customer(), after);
            }
        }
        changes.sort(java.util.Comparator.comparing(TierChange::customer));
        return new Result(preview, rows.size(), changes, skipped);
    }

    static final List<String> COLUMNS = List.of("customer", "annual_value", "potential", "churned_at", "churn_type",
            "unworthy");

    /**
     * The same import from JSON: an array of objects with the value file's column names
     * ({@code [{"customer": "Acme", "annual_value": 1200, "potential": 70}]}); each object is one line.
     */
    public Result importJson(String json, boolean preview) {
        if (json == null || json.isBlank()) {
            throw new Refused("expected a JSON array of customer objects, got nothing", false);
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new Refused("expected at most 5 MB; split the file", true);
        }
        com.google.gson.JsonArray array;
        try {
            com.google.gson.JsonElement e = com.google.gson.JsonParser.parseString(json);
            if (!e.isJsonArray()) {
                throw new Refused("expected a JSON array of customer objects", false);
            }
            array = e.getAsJsonArray();
        } catch (com.google.gson.JsonParseException e) {
            throw new Refused("not valid JSON: " + e.getMessage(), false);
        }
        StringBuilder csv = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(csv,
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
            for (com.google.gson.JsonElement item : array) {
                List<String> cells = new ArrayList<>();
                for (String column : COLUMNS) {
                    com.google.gson.JsonElement v = item.isJsonObject() ? item.getAsJsonObject().get(column) : null;
                    cells.add(v == null || v.isJsonNull() ? "" : v.isJsonPrimitive() ? v.getAsString() : v.toString());
                }
                out.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importCsv(csv.toString(), preview);
    }

    private static Map<CustomerKey, ValueRow> read(String csv, List<Skipped> skipped) {
        try {
            java.nio.file.Path file = Files.createTempFile("retention-values", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                return new ValueFileReader().read(file, skipped::add);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new Refused(e.getMessage(), false);
        }
    }
}
