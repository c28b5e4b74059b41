package io.retentiondesk.jira.service;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierAssigner;
import io.retentiondesk.core.tier.TierAssignment;
import io.retentiondesk.input.ValueFile;
import io.retentiondesk.input.ValueNotice;
import io.retentiondesk.input.ValueProblem;
import io.retentiondesk.input.ValueRow;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports customer values from the value file (the offline command's format, read by the same {@link ValueFile}),
 * as CSV or as a JSON array, for the REST resource and the admin page. All or nothing: every row is checked first
 * (the file's own rules, and the lengths the customer table holds); a file with any problem is refused whole with
 * every problem by line, and a good one is written in one transaction, every column of every row, then re-tiered.
 * A preview works out the same plan and writes nothing, so it says exactly what the import will do.
 *
 * <pre>{@code
 * Result r = values.preview(Format.CSV, "customer,annual_value,potential\nAcme,1200,70\n");
 * r.created();  // [Acme]
 * values.apply(Format.CSV, "...");  // the same plan, written; or Refused with r.problems()
 * }</pre>
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

    /** How the upload is written. */
    public enum Format { CSV, JSON }

    /** A customer whose tier the import changes (or would). */
    public record TierChange(String customer, Tier from, Tier to) {
    }

    /**
     * What an import did, or a preview says it would do.
     *
     * @param preview   nothing was written
     * @param created   customers the file adds, by display name, in file order
     * @param updated   customers whose stored value, potential, churn or unworthy flag the file changes
     * @param unchanged rows that change nothing
     * @param changes   tier changes, by customer
     * @param problems  every bad line; when any, the import writes nothing (and the lists above are empty)
     * @param notices   cells kept differently from their text (a churn type that names no type, kept as OTHER)
     */
    public record Result(boolean preview, List<String> created, List<String> updated, int unchanged,
                         List<TierChange> changes, List<ValueProblem> problems, List<ValueNotice> notices) {
        public Result {
            created = List.copyOf(created);
            updated = List.copyOf(updated);
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
            notices = List.copyOf(notices);
        }

        /** Whether an import of this file writes (no problem). */
        public boolean importable() {
            return problems.isEmpty();
        }
    }

    /**
     * The upload cannot be imported: too large ({@code tooLarge}, REST answers 413), not a value file at all, or with
     * bad lines ({@link #problems()}, each by line and field). Nothing was written.
     */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean tooLarge;
        private final transient List<ValueProblem> problems;

        Refused(String message, boolean tooLarge) {
            this(message, tooLarge, List.of());
        }

        public Refused(String message, boolean tooLarge, List<ValueProblem> problems) {
            super(message);
            this.tooLarge = tooLarge;
            this.problems = List.copyOf(problems);
        }

        public boolean tooLarge() {
            return tooLarge;
        }

        /** The bad lines, in file order; empty when the upload is refused as a whole. */
        public List<ValueProblem> problems() {
            return problems;
        }
    }

    /** Works out what importing {@code text} would do and writes nothing. */
    public Result preview(Format format, String text) {
        ValueFile file = read(format, text);
        return customers.inOneTransaction(() -> plan(file, true).result());
    }

    /**
     * Imports {@code text}, all or nothing.
     *
     * @throws Refused naming every problem when any row is bad; nothing is written then
     */
    public Result apply(Format format, String text) {
        ValueFile file = read(format, text);
        Instant at = Instant.now(); // the real clock: the nightly re-tier compares it with when it read the values
        return customers.inOneTransaction(() -> {
            Plan plan = plan(file, false);
            Result result = plan.result();
            if (!result.importable()) {
                throw new Refused(result.problems().size() + " bad lines; nothing was imported", false,
                        result.problems());
            }
            for (ValueRow row : file.rows()) {
                customers.importValue(row.value(), row.churnedAt(),
                        row.churnType() == null ? null : row.churnType().name(), row.unworthy(), at);
            }
            plan.tierWrites().forEach(customers::saveTier);
            return result;
        });
    }

    /** The CSV form; {@code preview} as {@link #preview}, else {@link #apply}. */
    public Result importCsv(String csv, boolean preview) {
        return preview ? preview(Format.CSV, csv) : apply(Format.CSV, csv);
    }

    /**
     * The JSON form: an array of objects with the value file's column names
     * ({@code [{"customer": "Acme", "annual_value": 1200, "potential": 70}]}); the N-th object is line N + 1.
     */
    public Result importJson(String json, boolean preview) {
        return preview ? preview(Format.JSON, json) : apply(Format.JSON, json);
    }

    private static ValueFile read(Format format, String text) {
        if (text == null || text.isBlank()) {
            throw new Refused(format == Format.CSV ? "expected CSV with a header customer,annual_value,potential"
                    : "expected a JSON array of customer objects, got nothing", false);
        }
        if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new Refused("expected at most 5 MB; split the file", true);
        }
        try (Reader in = new StringReader(text)) {
            ValueFile file = format == Format.CSV ? ValueFile.readCsv(in) : ValueFile.readJson(in);
            if (file.rows().isEmpty() && file.problems().isEmpty()) {
                throw new Refused("no customer: the file has a header only", false);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** What the file does to the stored customers; the same for a preview and an import. */
    private record Plan(Result result, Map<CustomerKey, Tier> tierWrites) {
    }

    private Plan plan(ValueFile file, boolean preview) {
        List<ValueProblem> problems = new ArrayList<>(file.problems());
        for (ValueRow row : file.rows()) {
            CustomerKey key = row.value().customer();
            if (key.id().length() > CustomerRegistry.MAX_TEXT || key.display().length() > CustomerRegistry.MAX_TEXT) {
                problems.add(new ValueProblem(row.line(), "customer", "expected at most " + CustomerRegistry.MAX_TEXT
                        + " characters, got " + key.display().length()));
            }
        }
        problems.sort(Comparator.comparingInt(ValueProblem::line));
        if (!problems.isEmpty()) {
            return new Plan(new Result(preview, List.of(), List.of(), 0, List.of(), problems, file.notices()),
                    Map.of());
        }
        Map<CustomerKey, CustomerRegistry.Stored> stored = customers.stored();
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        Map<CustomerKey, CustomerValue> values = new HashMap<>();
        stored.forEach((k, s) -> values.put(k, s.value()));
        for (ValueRow row : file.rows()) {
            CustomerKey key = row.value().customer();
            CustomerRegistry.Stored before = stored.get(key);
            if (before == null) {
                created.add(key.display());
            } else if (changes(before, row)) {
                updated.add(before.customer().display());
            } else {
                unchanged++;
            }
            values.put(key, before == null ? row.value()
                    : new CustomerValue(before.customer(), row.value().annualValue(), row.value().potential()));
        }
        TierAssignment tiers = new TierAssigner(policies.current().tiering()).assign(values.values());
        List<TierChange> changes = new ArrayList<>();
        Map<CustomerKey, Tier> writes = new java.util.LinkedHashMap<>();
        for (CustomerValue v : values.values()) {
            CustomerRegistry.Stored before = stored.get(v.customer());
            Tier from = before == null ? Tier.UNRATED : before.tier();
            Tier to = tiers.tierOf(v.customer());
            if (from != to) {
                changes.add(new TierChange(v.customer().display(), from, to));
                writes.put(v.customer(), to);
            }
        }
        changes.sort(Comparator.comparing(TierChange::customer));
        return new Plan(new Result(preview, created, updated, unchanged, changes, List.of(), file.notices()), writes);
    }

    /** Whether importing {@code row} changes what is stored of {@code before}. */
    private static boolean changes(CustomerRegistry.Stored before, ValueRow row) {
        CustomerValue v = row.value();
        boolean churnDate = row.churnedAt() != null
                && (before.churnedAt() == null || before.churnedAt().isAfter(row.churnedAt()));
        return !sameNumber(before.value().annualValue(), v.annualValue())
                || !Objects.equals(before.value().potential(), v.potential())
                || churnDate
                || row.churnType() != null && !row.churnType().name().equals(before.churnType())
                || row.unworthy() != null && row.unworthy() != before.unworthy();
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
