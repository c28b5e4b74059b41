package io.retentiondesk.jira.job;

import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.calibration.CalibrationRefused;
import io.retentiondesk.core.calibration.CalibrationResult;
import io.retentiondesk.core.calibration.Calibrator;
import io.retentiondesk.core.calibration.CustomerHistory;
import io.retentiondesk.core.churn.PackedRiskTickets;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyParser;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.policy.PendingCalibration;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The admin page's <em>Calibrate from history</em> (SPEC §12), run by the job on one node: the same fit as the
 * offline {@code calibrate}, over the app's stored per-ticket records and churn marks. Each customer's history is what
 * its standing is built from ({@link CustomerAssessment#history}: every record's signals and recoveries, the churn
 * date from a churn resolution, a recorded mark or inactivity), so no signal or churn rule is evaluated a second way.
 * Customers are read {@value #BATCH} at a time (their records in one query, their profiles in another), and only what
 * the fit needs of each record is kept, packed ({@link PackedRiskTickets}, as the offline command holds them); payload
 * text is dropped batch by batch. The result, or the refusal saying what
 * the history lacks, becomes the {@link PendingCalibration}, with the policy it was fitted on.
 */
@Named
public class HistoryCalibration {
    static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(HistoryCalibration.class);

    private final TicketRecords records;
    private final CustomerRegistry customers;
    private final PolicyStore policies;
    private final PendingCalibration pending;
    private final int batch;

    @Inject
    public HistoryCalibration(TicketRecords records, CustomerRegistry customers, PolicyStore policies,
                              PendingCalibration pending) {
        this(records, customers, policies, pending, BATCH);
    }

    HistoryCalibration(TicketRecords records, CustomerRegistry customers, PolicyStore policies,
                       PendingCalibration pending, int batch) {
        this.batch = batch;
        this.records = Objects.requireNonNull(records);
        this.customers = Objects.requireNonNull(customers);
        this.policies = Objects.requireNonNull(policies);
        this.pending = Objects.requireNonNull(pending);
    }

    /**
     * Fits the points to the history up to {@code asOf} and keeps the outcome as the pending calibration. Progress
     * counts steps: each customer read, then each customer's months built for the fit.
     */
    public PendingCalibration.Pending run(Instant asOf, NightlyWork.Progress progress) {
        // the version first: a change saved between the two reads makes the pending one look stale, never current
        long version = policies.version();
        String json = policies.currentJson();
        Policy policy = PolicyParser.parse(json);
        CustomerAssessment assessment = new CustomerAssessment(new RetentionEngine(policy));
        List<CustomerKey> keys = records.customers();
        int read = keys.size();
        progress.at(0, 2 * read);
        List<CustomerHistory> histories = new ArrayList<>(keys.size());
        PackedRiskTickets.Dictionary dictionary = new PackedRiskTickets.Dictionary();
        for (int from = 0; from < keys.size(); from += batch) {
            List<CustomerKey> some = keys.subList(from, Math.min(keys.size(), from + batch));
            Map<CustomerKey, List<TicketRecord>> stored = records.allOf(some);
            Map<CustomerKey, CustomerProfile> profiles = customers.profilesOf(some);
            for (CustomerKey key : some) {
                List<TicketRecord> own = stored.get(key);
                if (own != null) { // none when every record of it was unreadable
                    histories.add(packed(assessment.history(key, profiles.get(key), own, asOf), dictionary));
                }
            }
            progress.at(from + some.size(), 2 * read);
        }
        try {
            CalibrationResult result = new Calibrator(policy).calibrate(histories, asOf,
                    (done, total) -> progress.at(read + done, read + total));
            LOG.info("Retention Desk calibration: fitted on {} customer-months, {} churners; {}",
                    result.customerMonths(), result.churners(), result.recommendation());
            return pending.keep(result, version, json);
        } catch (CalibrationRefused e) {
            LOG.info("Retention Desk calibration refused: {}", e.getMessage());
            return pending.keepRefusal(e.shortfalls(), asOf, version, json);
        }
    }

    /** The history with its records packed, as the offline {@code calibrate} holds them: all of them are held at once. */
    private static CustomerHistory packed(CustomerHistory h, PackedRiskTickets.Dictionary dictionary) {
        PackedRiskTickets.Packer packer = new PackedRiskTickets.Packer(dictionary);
        h.tickets().forEach(packer::add);
        return new CustomerHistory(h.key(), packer.pack(), h.recoveries(), h.churnedAt());
    }
}
