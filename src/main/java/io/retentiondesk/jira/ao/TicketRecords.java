package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.ticket.CustomerKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-ticket records of customers' assessments and each customer's reporters (SPEC §10): assessing a customer
 * reads its records with one bounded query instead of reading its tickets from Jira.
 */
@Named
public class TicketRecords {
    /** The most records one assessment reads: the newest of the customer's window. */
    public static final int MAX_WINDOW = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(TicketRecords.class);
    private final ActiveObjects ao;

    @Inject
    public TicketRecords(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /** A stored record with what the caller needs to decide whether to trust it. */
    public record Stored(long issueId, TicketRecord record, long policyVersion, boolean stale) {
    }

    /** Writes the issue's record (one row per issue; a moved ticket changes customer), fresh and not stale. */
    public void save(long issueId, TicketRecord record, long policyVersion, Instant issueUpdated) {
        String payload = TicketRecordPayload.write(record);
        Date created = Date.from(record.created());
        String month = YearMonth.from(record.created().atZone(ZoneOffset.UTC)).toString();
        Date recovery = record.latestRecovery() == null ? null : Date.from(record.latestRecovery());
        Date updated = issueUpdated == null ? null : Date.from(issueUpdated);
        ao.executeInTransaction(() -> {
            TicketRecordEntity[] found = ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", issueId);
            TicketRecordEntity e = found.length > 0 ? found[0] : ao.create(TicketRecordEntity.class,
                    new DBParam("ISSUE_ID", issueId), new DBParam("CUSTOMER_KEY", record.customer().id()),
                    new DBParam("CREATED", created), new DBParam("MONTH", month),
                    new DBParam("POLICY_VERSION", policyVersion));
            e.setCustomerKey(record.customer().id());
            e.setCreated(created);
            e.setMonth(month);
            e.setLatestRecovery(recovery);
            e.setPolicyVersion(policyVersion);
            e.setStale(false);
            e.setIssueUpdated(updated);
            e.setPayload(payload);
            e.setPayloadDigest(digest(payload));
            e.save();
            return null;
        });
    }

    /**
     * One bounded query: the customer's records created after {@code windowStart}, and older ones with a recovery
     * after {@code recoveriesSince} (a repeat complaint looks back to it), newest first, at most {@value #MAX_WINDOW}.
     * It reads the key columns only; payloads are read (in one query per 500) for the records this node has not
     * parsed in their current form, so a customer's second assessment reads no payload that did not change. A row
     * whose payload cannot be read is logged by issue id and left out (the nightly repair rewrites it).
     */
    public List<Stored> window(CustomerKey customer, Instant windowStart, Instant recoveriesSince) {
        return ao.executeInTransaction(() -> {
            TicketRecordEntity[] rows = ao.find(TicketRecordEntity.class, Query.select(KEY_COLUMNS)
                    .where("CUSTOMER_KEY = ? AND (CREATED > ? OR LATEST_RECOVERY > ?)", customer.id(),
                            Date.from(windowStart), Date.from(recoveriesSince))
                    .order("CREATED DESC").limit(MAX_WINDOW));
            TicketRecord[] known = new TicketRecord[rows.length];
            List<Long> unparsed = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                known[i] = parsedAsStored(rows[i]);
                if (known[i] == null) {
                    unparsed.add(rows[i].getIssueId());
                }
            }
            java.util.Map<Long, TicketRecord> loaded = load(unparsed);
            List<Stored> out = new ArrayList<>(rows.length);
            for (int i = 0; i < rows.length; i++) {
                TicketRecordEntity row = rows[i];
                TicketRecord record = known[i] != null ? known[i] : loaded.get(row.getIssueId());
                if (record != null) {
                    out.add(new Stored(row.getIssueId(), record, row.getPolicyVersion(), row.isStale()));
                }
            }
            return out;
        });
    }

    /** Full rows of these issues, parsed (and kept parsed); unreadable ones are marked stale and left out. */
    private java.util.Map<Long, TicketRecord> load(List<Long> issueIds) {
        java.util.Map<Long, TicketRecord> loaded = new java.util.HashMap<>();
        forRowsOf(issueIds, row -> read(row).ifPresentOrElse(s -> loaded.put(s.issueId(), s.record()),
                () -> markUnreadable(row)));
        return loaded;
    }

    /** Each row of these issues, in queries of at most 500 ids (databases limit a statement's parameters). */
    private void forRowsOf(List<Long> issueIds, java.util.function.Consumer<TicketRecordEntity> each) {
        for (int from = 0; from < issueIds.size(); from += 500) {
            List<Long> chunk = issueIds.subList(from, Math.min(issueIds.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            for (TicketRecordEntity row : ao.find(TicketRecordEntity.class, "ISSUE_ID IN (" + marks + ")",
                    chunk.toArray())) {
                each.accept(row);
            }
        }
    }

    /** How many key rows {@link #customers()} reads per query. */
    static final int CUSTOMER_PAGE = 10_000;

    /**
     * The key of every customer with a record, in key order: the key column only, read in pages of
     * {@value #CUSTOMER_PAGE} rows, so memory grows with customers, not tickets (calibration's list of customers).
     */
    public List<CustomerKey> customers() {
        return customers(CUSTOMER_PAGE);
    }

    List<CustomerKey> customers(int pageRows) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        long after = 0;
        while (true) {
            long from = after;
            TicketRecordEntity[] page = ao.executeInTransaction(() -> ao.find(TicketRecordEntity.class,
                    Query.select("ID, CUSTOMER_KEY").where("ID > ?", from).order("ID").limit(pageRows)));
            for (TicketRecordEntity row : page) {
                keys.add(row.getCustomerKey());
                after = Math.max(after, row.getID());
            }
            if (page.length < pageRows) {
                return keys.stream().map(CustomerKey::of).toList();
            }
        }
    }

    /**
     * Every readable record of these customers (calibration reads a customer's whole history), in queries of at most
     * 500 customers. The payloads are parsed here and not kept in this node's cache of parsed records: a calibration
     * reads each record once, and keeping them would push out those the transitions reuse. A row whose payload cannot
     * be read is logged by issue id, marked stale for the nightly repair and left out, as in {@link #window}.
     */
    public java.util.Map<CustomerKey, List<TicketRecord>> allOf(Collection<CustomerKey> customers) {
        List<String> ids = customers.stream().map(CustomerKey::id).distinct().toList();
        java.util.Map<CustomerKey, List<TicketRecord>> out = new java.util.HashMap<>();
        ao.executeInTransaction(() -> {
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                for (TicketRecordEntity row : ao.find(TicketRecordEntity.class, Query.select()
                        .where("CUSTOMER_KEY IN (" + marks + ")", chunk.toArray()).order("ID"))) {
                    TicketRecord record;
                    try {
                        record = TicketRecordPayload.read(row.getPayload());
                    } catch (IllegalArgumentException e) {
                        LOG.warn("Retention Desk: the stored record of issue {} is unreadable ({}); it is marked stale"
                                + " for the nightly repair", row.getIssueId(), e.getMessage());
                        markUnreadable(row);
                        continue;
                    }
                    out.computeIfAbsent(CustomerKey.of(row.getCustomerKey()), k -> new ArrayList<>()).add(record);
                }
            }
            return null;
        });
        return out;
    }

    /** The stored record of one issue, if any and readable. */
    public java.util.Optional<Stored> of(long issueId) {
        return ao.executeInTransaction(() -> {
            TicketRecordEntity[] found = ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", issueId);
            if (found.length == 0) {
                return java.util.Optional.<Stored>empty();
            }
            java.util.Optional<Stored> stored = read(found[0]);
            if (stored.isEmpty()) {
                markUnreadable(found[0]);
            }
            return stored;
        });
    }

    /** The customer's newest ticket creation among its records, {@code null} when it has none. */
    public Instant lastActivity(CustomerKey customer) {
        return ao.executeInTransaction(() -> {
            TicketRecordEntity[] newest = ao.find(TicketRecordEntity.class, Query.select()
                    .where("CUSTOMER_KEY = ?", customer.id()).order("CREATED DESC").limit(1));
            return newest.length == 0 ? null : newest[0].getCreated().toInstant();
        });
    }

    /** Ids of everyone known to report a ticket of the customer. */
    public Set<String> reporters(CustomerKey customer) {
        return ao.executeInTransaction(() -> {
            Set<String> ids = new LinkedHashSet<>();
            for (CustomerReporterEntity r : ao.find(CustomerReporterEntity.class, "CUSTOMER_KEY = ?", customer.id())) {
                ids.add(r.getReporterId());
            }
            return ids;
        });
    }

    /** @return whether the reporter is new to the customer (then other records of it may be stale) */
    public boolean addReporter(CustomerKey customer, String reporterId) {
        if (reporterId == null) {
            return false;
        }
        return ao.executeInTransaction(() -> {
            if (ao.count(CustomerReporterEntity.class, "CUSTOMER_KEY = ? AND REPORTER_ID = ?", customer.id(),
                    reporterId) > 0) {
                return false;
            }
            ao.create(CustomerReporterEntity.class, new DBParam("CUSTOMER_KEY", customer.id()),
                    new DBParam("REPORTER_ID", reporterId));
            return true;
        });
    }

    /** Marks these issues' records stale: the nightly repair re-reads them. */
    public void markStale(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            for (Long id : issueIds) {
                for (TicketRecordEntity e : ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", id)) {
                    e.setStale(true);
                    e.save();
                }
            }
            return null;
        });
    }

    /** Issues whose record is stale or was computed with another policy version, at most {@code limit}. */
    public List<Long> needingRepair(long policyVersion, int limit) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(TicketRecordEntity.class, Query.select()
                        .where("STALE = ? OR POLICY_VERSION <> ?", true, policyVersion).order("ISSUE_ID").limit(limit)))
                .map(TicketRecordEntity::getIssueId).toList());
    }

    /** Which of these issues have a record (any state), in queries of at most 500 ids. */
    public Set<Long> recordedAmong(Collection<Long> issueIds) {
        return updatesAmong(issueIds).keySet();
    }

    /**
     * For those of these issues that have a record, the issue's last update the record was computed from
     * ({@link Instant#MIN} when not known), in queries of at most 500 ids.
     */
    public java.util.Map<Long, Instant> updatesAmong(Collection<Long> issueIds) {
        List<Long> ids = new ArrayList<>(issueIds);
        return ao.executeInTransaction(() -> {
            java.util.Map<Long, Instant> found = new java.util.HashMap<>();
            forRowsOf(ids, e -> found.put(e.getIssueId(),
                    e.getIssueUpdated() == null ? Instant.MIN : e.getIssueUpdated().toInstant()));
            return found;
        });
    }

    /** Forgets a deleted issue. */
    public void delete(long issueId) {
        ao.executeInTransaction(() -> {
            TicketRecordEntity[] found = ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", issueId);
            if (found.length > 0) {
                ao.delete(found);
            }
            return null;
        });
    }

    /** The columns that tell whether a record this node parsed is still the stored one. */
    private static final String KEY_COLUMNS = "ID, ISSUE_ID, POLICY_VERSION, STALE, PAYLOAD_DIGEST";

    /**
     * Parsed payloads by issue id with the digest of the text they were parsed from, reused while the stored digest
     * is the same (a row another node rewrote is read again): a customer's assessment then reads and parses only what
     * changed since the last one. Bounded to the most recently used {@value #PARSED_KEPT}; records are immutable, so
     * sharing them across threads is safe.
     */
    private final java.util.Map<Long, Parsed> parsed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, Parsed> eldest) {
                    return size() > PARSED_KEPT;
                }
            });
    static final int PARSED_KEPT = 10_000;

    private record Parsed(long digest, TicketRecord record) {
    }

    /** The record this node parsed from the row's current payload, {@code null} when it has not. */
    private TicketRecord parsedAsStored(TicketRecordEntity row) {
        Long digest = row.getPayloadDigest();
        Parsed hit = digest == null ? null : parsed.get(row.getIssueId());
        return hit != null && hit.digest() == digest ? hit.record() : null;
    }

    private TicketRecord parsed(TicketRecordEntity row) {
        TicketRecord known = parsedAsStored(row);
        if (known != null) {
            return known;
        }
        String payload = row.getPayload();
        TicketRecord record = TicketRecordPayload.read(payload);
        long digest = digest(payload);
        if (row.getPayloadDigest() == null) { // written before digests: added once, so the next read can skip it
            row.setPayloadDigest(digest);
            row.save();
        }
        parsed.put(row.getIssueId(), new Parsed(digest, record));
        return record;
    }

    /** The first 8 bytes of the payload's SHA-256: equal digests mean the same text, short of a 2^-64 accident. */
    static long digest(String payload) {
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(sha).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void markUnreadable(TicketRecordEntity row) {
        row.setStale(true);
        row.save();
    }

    private java.util.Optional<Stored> read(TicketRecordEntity row) {
        try {
            return java.util.Optional.of(new Stored(row.getIssueId(), parsed(row), row.getPolicyVersion(),
                    row.isStale()));
        } catch (IllegalArgumentException e) {
            LOG.warn("Retention Desk: the stored record of issue {} is unreadable ({}); it is marked stale for the nightly repair",
                    row.getIssueId(), e.getMessage());
            return java.util.Optional.empty();
        }
    }
}
