package io.retentiondesk.jira.job;

import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierAssigner;
import io.retentiondesk.core.tier.TierAssignment;
import io.retentiondesk.jira.ao.CallbackSchedule;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.TierSnapshots;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The nightly work, in order: mark overdue callbacks, retry queued failures, re-tier customers, write the month's
 * tier snapshot, re-assess the churn risk of customers active in the risk window. Every step is idempotent and every change is made under a cluster lock (one for overdue marking,
 * one per queued item, one per customer), so two nodes running at once, or a run re-started after dying half-way,
 * neither lose nor double anything. Nothing is kept between runs on the node.
 */
@Named
public class NightlyWork {
    static final int RETRY_BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(NightlyWork.class);

    private final ClusterLocks locks;
    private final CallbackSchedule callbacks;
    private final FailedWorkQueue failures;
    private final FailedWorkRetry retry;
    private final CustomerRegistry customers;
    private final TierSnapshots snapshots;
    private final PolicyStore policies;
    private final CustomerReassessment reassessment;

    @Inject
    public NightlyWork(ClusterLocks locks, CallbackSchedule callbacks, FailedWorkQueue failures, FailedWorkRetry retry,
                       CustomerRegistry customers, TierSnapshots snapshots, PolicyStore policies,
                       CustomerReassessment reassessment) {
        this.locks = Objects.requireNonNull(locks);
        this.callbacks = Objects.requireNonNull(callbacks);
        this.failures = Objects.requireNonNull(failures);
        this.retry = Objects.requireNonNull(retry);
        this.customers = Objects.requireNonNull(customers);
        this.snapshots = Objects.requireNonNull(snapshots);
        this.policies = Objects.requireNonNull(policies);
        this.reassessment = Objects.requireNonNull(reassessment);
    }

    /** What one run did; counts only (no customer data). */
    public record Summary(int markedOverdue, int retried, int stillFailing, int retiered, int snapshotRows,
                          int reassessed) {
    }

    public Summary run(Instant now) {
        int[] overdue = {0};
        locks.ifFree("callbacks.overdue", () -> {
            overdue[0] = callbacks.markOverdue(now);
            return true;
        });
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
                    failures.enqueue(work.issueKey(), work.work(), e);
                    outcome[0] = -1;
                }
                return true;
            });
            retried += outcome[0] == 1 ? 1 : 0;
            stillFailing += outcome[0] == -1 ? 1 : 0;
        }
        List<CustomerValue> values = customers.values();
        TierAssignment tiers = new TierAssigner(policies.current().tiering()).assign(values);
        String period = YearMonth.from(now.atZone(ZoneOffset.UTC)).toString();
        int retiered = 0;
        int snapshotRows = 0;
        for (CustomerValue v : values) {
            Tier tier = tiers.tierOf(v.customer());
            int[] changed = {0, 0};
            locks.ifFree("customer." + v.customer().id(), () -> {
                if (customers.tierOf(v.customer()) != tier) {
                    customers.saveTier(v.customer(), tier);
                    changed[0] = 1;
                }
                changed[1] = snapshots.recordIfAbsent(period, v.customer(), tier) ? 1 : 0;
                return true;
            });
            retiered += changed[0];
            snapshotRows += changed[1];
        }
        int reassessed = 0;
        java.time.YearMonth since = YearMonth.from(now.minus(java.time.Duration.ofDays(
                policies.current().risk().windowDays())).atZone(ZoneOffset.UTC));
        for (java.util.Map.Entry<io.retentiondesk.core.ticket.CustomerKey, Long> c : customers.activeSince(since).entrySet()) {
            int[] done = {0};
            locks.ifFree("customer." + c.getKey().id(), () -> {
                try {
                    done[0] = reassessment.reassess(c.getValue()) ? 1 : 0;
                } catch (RuntimeException e) {
                    // one customer's failure must not stop the others; the next run tries again
                    LOG.warn("Retention Desk nightly job: re-assessing a customer failed ({})", e.getClass().getName());
                }
                return true;
            });
            reassessed += done[0];
        }
        Summary s = new Summary(overdue[0], retried, stillFailing, retiered, snapshotRows, reassessed);
        LOG.info("Retention Desk nightly job: {}", s);
        return s;
    }
}
