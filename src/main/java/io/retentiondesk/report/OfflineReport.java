package io.retentiondesk.report;

import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.rates.ChurnRateCalculator;
import io.retentiondesk.core.rates.CustomerActivity;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.core.satisfaction.SatisfactionBand;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierAssignment;
import io.retentiondesk.input.ValueRow;
import io.retentiondesk.report.input.CallbackFileReader;
import io.retentiondesk.report.input.NavigatorCsvReader;
import io.retentiondesk.report.input.RestExportReader;
import io.retentiondesk.report.input.Skipped;
import io.retentiondesk.report.input.TicketSink;
import io.retentiondesk.report.input.ValueFileReader;
import io.retentiondesk.report.output.JsonReportWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The offline report (SPEC §9): reads exports, evaluates every ticket and customer as of a time with the
 * same {@link RetentionEngine} the Jira app uses, streams report.json and returns what the terminal and the
 * HTML page show. Memory holds per-customer state and the tickets of the risk window, never the whole export.
 *
 * <p>Customer side includes every reporter of the customer's tickets, which a single pass only knows at the
 * end. Tickets are evaluated with the reporters seen so far; if a user later turns out to be a reporter of a
 * customer on whose earlier tickets they had commented as agent side, the run is repeated once with the
 * complete reporter sets (rare: it needs an agent who also reports for the customer).
 */
public final class OfflineReport {
    private final Policy policy;
    private final RetentionEngine engine;
    private final CustomerAssessment assessment;
    private final Instant asOf;
    private final Progress progress;
    private final RecordListener listener;

    /** Told of every ticket record a pass keeps (calibration keeps them all); a second pass starts afresh. */
    public interface RecordListener {
        RecordListener NONE = new RecordListener() {
            @Override
            public void pass() {
            }

            @Override
            public void record(CustomerKey customer, TicketRecord record) {
            }
        };

        /** A pass over the inputs begins: forget what an earlier one told. */
        void pass();

        void record(CustomerKey customer, TicketRecord record);
    }

    public OfflineReport(Policy policy, Instant asOf, Progress progress) {
        this(policy, asOf, progress, RecordListener.NONE);
    }

    public OfflineReport(Policy policy, Instant asOf, Progress progress, RecordListener listener) {
        this.policy = policy;
        this.engine = new RetentionEngine(policy);
        this.assessment = new CustomerAssessment(engine);
        this.asOf = asOf;
        this.progress = progress;
        this.listener = listener;
    }

    /** @param reportJson where report.json goes, or {@code null} for a run that needs no report.json */
    public ReportResult run(ReportInputs in, Path reportJson) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        List<String> valueNotices = new ArrayList<>();
        Map<CustomerKey, ValueRow> values = in.values() == null ? Map.of()
                : new ValueFileReader().read(in.values(), skipped::add, (position, notice) -> valueNotices.add(
                        progress.text("retention.cli.churnTypeOther", position, notice.text())));
        Map<String, List<CallbackAttempt>> attempts = in.callbacks() == null ? null
                : new CallbackFileReader().read(in.callbacks(), skipped::add);
        List<CustomerValue> known = new ArrayList<>();
        values.values().forEach(v -> known.add(v.value()));
        TierAssignment tiers = engine.tiers().assign(known);

        Pass pass = new Pass(tiers, attempts, Map.of(), valueNotices);
        pass.run(in, reportJson, skipped);
        Map<CustomerKey, Set<String>> reporters = pass.reportersIfIncomplete();
        if (!reporters.isEmpty()) {
            progress.say("retention.cli.secondPass");
            pass = new Pass(tiers, attempts, reporters, valueNotices);
            pass.run(in, reportJson, skipped);
        }
        return pass.finish(values);
    }

    /** One reading of the inputs with its per-customer state. */
    private final class Pass implements TicketSink {
        private final TierAssignment tiers;
        private final Map<String, List<CallbackAttempt>> attempts;
        private final Map<CustomerKey, Set<String>> knownReporters;
        private final Map<CustomerKey, CustomerLedger> ledgers = new HashMap<>();
        private final Map<Tier, Map<SatisfactionBand, Integer>> satisfaction = new EnumMap<>(Tier.class);
        private final List<String> notices = new ArrayList<>();
        private final SeenKeys seen = new SeenKeys();
        private List<Skipped> skipped;
        private JsonReportWriter json;
        private String file = "";
        private long read;
        private long scored;
        private long afterAsOf;
        private int unknownPriorities;
        private Instant earliest;

        Pass(TierAssignment tiers, Map<String, List<CallbackAttempt>> attempts,
             Map<CustomerKey, Set<String>> knownReporters, List<String> valueNotices) {
            this.tiers = tiers;
            this.notices.addAll(valueNotices);
            this.attempts = attempts;
            this.knownReporters = knownReporters;
            for (Tier t : Tier.values()) {
                satisfaction.put(t, new EnumMap<>(SatisfactionBand.class));
                for (SatisfactionBand b : SatisfactionBand.values()) {
                    satisfaction.get(t).put(b, 0);
                }
            }
        }

        void run(ReportInputs in, Path reportJson, List<Skipped> allSkipped) throws IOException {
            this.skipped = new ArrayList<>(allSkipped);
            listener.pass();
            json = reportJson == null ? JsonReportWriter.discarding(asOf) : new JsonReportWriter(reportJson, asOf);
            RestExportReader rest = new RestExportReader(policy.fields());
            for (Path p : in.issues()) {
                file = p.getFileName().toString();
                rest.read(p, this);
            }
            NavigatorCsvReader csv = new NavigatorCsvReader();
            for (Path p : in.csv()) {
                file = p.getFileName().toString();
                csv.read(p, this);
            }
        }

        @Override
        public void ticket(String position, Ticket ticket) {
            if (!seen.add(ticket.key())) {
                skipped(new Skipped(position, "key: duplicate " + ticket.key()));
                return;
            }
            read++;
            progress.tickets(read, file);
            if (ticket.created().isAfter(asOf)) {
                afterAsOf++;
                return;
            }
            CustomerKey customer = engine.customerOf(ticket).orElse(null);
            if (customer == null) {
                skipped(new Skipped(position, "reporter: expected a reporter or an organization to tell whose "
                        + "ticket this is, got neither"));
                return;
            }
            if (Priority.isUnknown(ticket.priorityName(), policy.satisfaction().priorityMap())
                    && unknownPriorities++ < 5) {
                notices.add(progress.text("retention.cli.unknownPriority", position, ticket.priorityName()));
            }
            CustomerLedger ledger = ledgers.computeIfAbsent(customer,
                    k -> new CustomerLedger(knownReporters.getOrDefault(k, Set.of())));
            ledger.reported(ticket.reporter());
            Tier tier = tiers.tierOf(customer);
            CallbackHistory logged = attempts == null ? CallbackHistory.NOT_KEPT
                    : CallbackHistory.of(attempts.getOrDefault(ticket.key().toUpperCase(Locale.ROOT), List.of()));
            CustomerAssessment.Evaluated evaluated = assessment.evaluate(ticket, customer, ledger.reporters(), tier,
                    logged, asOf);
            TicketEvaluation e = evaluated.evaluation();
            if (e.satisfaction() != null) {
                scored++;
                satisfaction.get(tier).merge(e.satisfaction().band(), 1, Integer::sum);
            }
            ledger.add(evaluated.record(), engine.risk().inWindow(ticket.created(), asOf));
            listener.record(customer, evaluated.record());
            if (earliest == null || ticket.created().isBefore(earliest)) {
                earliest = ticket.created();
            }
            try {
                json.ticket(e);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public void skipped(Skipped s) {
            skipped.add(s);
        }

        @Override
        public void notice(String key, Object... args) {
            notices.add(progress.text(key, args));
        }

        /** Reporter sets to use for a second pass, or empty when every ticket already saw its full side. */
        Map<CustomerKey, Set<String>> reportersIfIncomplete() throws IOException {
            boolean incomplete = ledgers.values().stream().anyMatch(CustomerLedger::sawReporterAsAgent);
            if (!incomplete) {
                return Map.of();
            }
            json.abandon();
            Map<CustomerKey, Set<String>> out = new HashMap<>();
            ledgers.forEach((k, v) -> out.put(k, v.reporters()));
            return out;
        }

        ReportResult finish(Map<CustomerKey, ValueRow> values) throws IOException {
            if (unknownPriorities > 5) {
                notices.add(progress.text("retention.cli.moreUnknownPriorities", unknownPriorities - 5));
            }
            Map<CustomerKey, CustomerLedger> all = new TreeMap<>(ledgers);
            values.keySet().forEach(k -> all.putIfAbsent(k, new CustomerLedger(Set.of())));
            List<CustomerStanding> standings = new ArrayList<>();
            List<CustomerActivity> activities = new ArrayList<>();
            for (Map.Entry<CustomerKey, CustomerLedger> e : all.entrySet()) {
                CustomerKey key = e.getKey();
                CustomerLedger ledger = e.getValue();
                ValueRow row = values.get(key);
                CustomerProfile profile = row == null ? CustomerProfile.UNKNOWN.withTier(tiers.tierOf(key))
                        : new CustomerProfile(tiers.tierOf(key), row.value().potential(), row.churnedAt(),
                                row.churnType() == null ? null : row.churnType().name(), row.isUnworthy());
                CustomerStanding standing = assessment.standing(row != null ? row.value().customer() : key, profile,
                        ledger.windowTickets(), ledger.recoveries(), ledger.churnResolvedAt(), ledger.lastActivity(),
                        asOf);
                standings.add(standing);
                Instant churnedAt = standing.churnedAt();
                activities.add(new CustomerActivity(key, ledger.activeMonths(), churnedAt));
            }
            List<RateRow> rates = new ChurnRateCalculator(policy.rates())
                    .rates(activities, (customer, period) -> tiers.tierOf(customer), earliest, asOf);
            json.finish(standings, rates, skipped);
            json.close();
            return new ReportResult(asOf, read, scored, afterAsOf, skipped, notices, standings, rates, satisfaction,
                    tiers.lowConfidence());
        }
    }
}
