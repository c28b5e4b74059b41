package io.retentiondesk.jira.job;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierAssigner;
import io.retentiondesk.core.tier.TierAssignment;
import io.retentiondesk.jira.ao.CallbackSchedule;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TicketLinks;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.TierSnapshots;
import io.retentiondesk.jira.bridge.RunAsUser;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.service.LateRating;
import io.retentiondesk.jira.service.RatesReport;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The nightly work, in order: mark overdue callbacks, give callback attempts of an older release their issue id,
 * retry queued failures (each at most {@link WorkKind#MAX_ATTEMPTS} times in all, then kept as dead), score late
 * ratings the listener missed, re-tier customers and write the month's tier snapshot, write the rate snapshot of the month that closed
 * a week ago, re-assess the churn risk of customers active in the risk window. The admin page's "Re-tier now" and
 * "Re-assess now" run the re-tier or the re-assessment alone. The steps that read tickets (retries, late ratings,
 * re-assessment) need SLAs, read as the {@link RunAsUser}: without one they are skipped, with one log line, rather
 * than giving a ticket other facts than its transition gave. Every step is idempotent and every change is made
 * under a cluster lock (overdue marking, each queued item, each ticket, each customer, each month's rates), so two
 * nodes running at once, or a run re-started after dying half-way, neither lose nor double anything. Nothing is
 * kept between runs on the node.
 */
@Named
public class NightlyWork {
    static final int RETRY_BATCH = 200;
    /** Ratings come days after resolution: the tickets created this month and last are checked for one. */
    static final int RATING_CHECKS = 20_000;
    /** A month's rate snapshot waits this many days into the next month, for churn marked a little late. */
    static final int RATE_SNAPSHOT_GRACE_DAYS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(NightlyWork.class);

    private final ClusterLocks locks;
    private final CallbackSchedule callbacks;
    private final FailedWorkQueue failures;
    private final FailedWorkRetry retry;
    private final CustomerRegistry customers;
    private final TicketLinks links;
    private final TierSnapshots snapshots;
    private final PolicyStore policies;
    private final CustomerReassessment reassessment;
    private final LateRating lateRating;
    private final RatesReport rates;
    private final RunAsUser runAs;
    private final RecordRepair repair;
    private final CallbackIdBackfill callbackIds;

    @Inject
    public NightlyWork(ClusterLocks locks, CallbackSchedule callbacks, FailedWorkQueue failures, FailedWorkRetry retry,
                       CustomerRegistry customers, TicketLinks links, TierSnapshots snapshots, PolicyStore policies,
                       CustomerReassessment reassessment, LateRating lateRating, RatesReport rates, RunAsUser runAs,
                       RecordRepair repair, CallbackIdBackfill callbackIds) {
        this.locks = Objects.requireNonNull(locks);
        this.callbacks = Objects.requireNonNull(callbacks);
        this.failures = Objects.requireNonNull(failures);
        this.retry = Objects.requireNonNull(retry);
        this.customers = Objects.requireNonNull(customers);
        this.links = Objects.requireNonNull(links);
        this.snapshots = Objects.requireNonNull(snapshots);
        this.policies = Objects.requireNonNull(policies);
        this.reassessment = Objects.requireNonNull(reassessment);
        this.lateRating = Objects.requireNonNull(lateRating);
        this.rates = Objects.requireNonNull(rates);
        this.runAs = Objects.requireNonNull(runAs);
        this.repair = Objects.requireNonNull(repair);
        this.callbackIds = Objects.requireNonNull(callbackIds);
    }

    /**
     * What a run covers: the whole nightly work, or one of the admin page's "now" buttons. CALIBRATE is not nightly
     * work: the job runs {@link HistoryCalibration} for it, on the same scheduler and progress.
     */
    public enum Task {
        NIGHTLY, RETIER, REASSESS, CALIBRATE;

        boolean retiers() {
            return this == NIGHTLY || this == RETIER;
        }

        boolean reassesses() {
            return this == NIGHTLY || this == REASSESS;
        }
    }

    /** Told after each customer, so an admin can watch a long run; {@code total} is known from the start. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void at(int done, int total);
    }

    /** What one run did; counts only (no customer data). */
    public record Summary(int markedOverdue, int retried, int stillFailing, int retiered, int snapshotRows,
                          int reassessed, int lateRatings, boolean rateSnapshotWritten) {
    }

    public Summary run(Instant now) {
        return run(Task.NIGHTLY, now, Progress.NONE);
    }

    public Summary run(Task task, Instant now, Progress progress) {
        if (task == Task.CALIBRATE) {
            throw new IllegalArgumentException("task: calibration is HistoryCalibration's, not nightly work");
        }
        int[] overdue = {0};
        int[] retries = {0, 0};
        int lateRatings = 0;
        boolean readsTickets = runAs.configured().isPresent();
        if (!readsTickets && task != Task.RETIER) {
            LOG.warn("Retention Desk {} run: no run-as user is chosen on the admin page, so the steps that read"
                    + " tickets' SLAs (queued retries, late ratings, churn re-assessment) are skipped", task);
        }
        if (task == Task.NIGHTLY) {
            locks.ifFree("callbacks.overdue", () -> {
                overdue[0] = callbacks.markOverdue(now);
                return true;
            });
            int keyed = callbackIds.backfill(); // callback attempts of an older release, before anything reads them
            if (keyed > 0) {
                LOG.info("Retention Desk nightly job: {} callback attempts of an older release given their issue id", keyed);
            }
            if (readsTickets) {
                retries = retryQueued();
                lateRatings = scoreMissedRatings(now);
                // before the re-assessment, so it reads repaired records
                LOG.info("Retention Desk nightly job: {} ticket records repaired", repair.repair(now));
            }
        }
        // the real clock, as the value import stamps its rows: an import from here on has re-tiered with newer values
        Instant valuesReadAt = Instant.now();
        List<CustomerValue> values = task.retiers() ? customers.values() : List.of();
        Map<CustomerKey, Long> active = task.reassesses() && readsTickets ? links.activeSince(YearMonth.from(
                now.minus(Duration.ofDays(policies.current().risk().windowDays())).atZone(ZoneOffset.UTC))) : Map.of();
        int total = values.size() + active.size();
        int done = 0;
        progress.at(done, total);
        TierAssignment tiers = new TierAssigner(policies.current().tiering()).assign(values);
        String period = YearMonth.from(now.atZone(ZoneOffset.UTC)).toString();
        int retiered = 0;
        int snapshotRows = 0;
        boolean[] overtaken = {false};
        for (CustomerValue v : values) {
            int[] changed = {0, 0};
            locks.ifFree("customer." + v.customer().id(), () -> {
                Tier tier = tiers.tierOf(v.customer());
                if (!overtaken[0] && customers.valuesImportedSince(valuesReadAt)) {
                    overtaken[0] = true;
                    LOG.info("Retention Desk {} run: values were imported during the re-tier; the import's tiers are"
                            + " kept", task);
                }
                if (overtaken[0]) {
                    tier = customers.tierOf(v.customer()); // the import's tier stands, and is what the snapshot records
                } else if (customers.saveTierUnlessValuesImportedSince(v.customer(), tier, valuesReadAt)) {
                    changed[0] = 1;
                } else if (customers.tierOf(v.customer()) != tier) {
                    overtaken[0] = true; // an import came between the check and the write
                    tier = customers.tierOf(v.customer());
                }
                changed[1] = snapshots.recordIfAbsent(period, v.customer(), tier) ? 1 : 0;
                return true;
            });
            retiered += changed[0];
            snapshotRows += changed[1];
            progress.at(++done, total);
        }
        boolean[] rateSnapshot = {false};
        if (task == Task.NIGHTLY) {
            YearMonth closed = YearMonth.from(now.minus(Duration.ofDays(RATE_SNAPSHOT_GRACE_DAYS)).atZone(ZoneOffset.UTC))
                    .minusMonths(1);
            locks.ifFree("rates." + closed, () -> rateSnapshot[0] = rates.snapshot(closed));
        }
        int reassessed = 0;
        for (Map.Entry<CustomerKey, Long> c : active.entrySet()) {
            int[] assessed = {0};
            locks.ifFree("customer." + c.getKey().id(), () -> {
                try {
                    assessed[0] = reassessment.reassess(c.getKey(), c.getValue()) ? 1 : 0;
                } catch (RuntimeException e) {
                    // one customer's failure must not stop the others; the next run tries again
                    LOG.warn("Retention Desk nightly job: re-assessing a customer failed ({})", e.getClass().getName());
                }
                return true;
            });
            reassessed += assessed[0];
            progress.at(++done, total);
        }
        Summary s = new Summary(overdue[0], retries[0], retries[1], retiered, snapshotRows, reassessed, lateRatings,
                rateSnapshot[0]);
        LOG.info("Retention Desk {} run: {}", task, s);
        return s;
    }

    /**
     * Scores the CSAT ratings whose event the listener never got (a rating saved without an issue event, or while
     * the app was disabled); a rating already scored is skipped, so this costs one read per recent ticket.
     */
    private int scoreMissedRatings(Instant now) {
        YearMonth since = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(1);
        int scored = 0;
        for (Long id : links.ticketsCreatedSince(since, RATING_CHECKS)) {
            int[] done = {0};
            locks.ifFree("issue." + id, () -> {
                try {
                    done[0] = lateRating.rescoreIfNew(id) ? 1 : 0;
                } catch (RuntimeException e) {
                    // the rating stays unscored, so the next run tries again
                    LOG.warn("Retention Desk nightly job: scoring a late rating failed ({})", e.getClass().getName());
                }
                return true;
            });
            scored += done[0];
        }
        return scored;
    }

    /** @return retried and still failing */
    private int[] retryQueued() {
        int retried = 0;
        int stillFailing = 0;
        for (FailedWorkQueue.FailedWork work : failures.pending(RETRY_BATCH)) {
            int[] outcome = {0};
            locks.ifFree("work." + work.id(), () -> {
                if (!failures.isPending(work)) {
                    return false; // another node retried it meanwhile
                }
                try {
                    retry.retry(work);
                    failures.done(work);
                    outcome[0] = 1;
                } catch (RuntimeException e) {
                    failures.failedAgain(work, e);
                    outcome[0] = -1;
                    if (work.attempts() + 1 >= WorkKind.MAX_ATTEMPTS) {
                        LOG.warn("Retention Desk nightly job: {} on {} failed {} times ({}); kept as dead, not retried"
                                + " until an administrator retries it", work.code(), work.issueKey(),
                                work.attempts() + 1, e.getClass().getName());
                    }
                }
                return true;
            });
            retried += outcome[0] == 1 ? 1 : 0;
            stillFailing += outcome[0] == -1 ? 1 : 0;
        }
        return new int[]{retried, stillFailing};
    }
}
