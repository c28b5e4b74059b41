package io.retentiondesk.jira.job;

import io.retentiondesk.core.callback.CallbackStatus;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CallbackSchedule;
import io.retentiondesk.jira.ao.CallbackScheduleEntity;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.TierSnapshots;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The nightly work on the real AO ORM over one embedded database, with one shared lock service: two nodes at
 * once equal one run; a run that dies half-way, re-run, loses and doubles nothing; overdue marking happens once.
 */
class NightlyWorkTest {
    private static final Instant NOW = Instant.parse("2026-11-25T02:30:00Z");
    private static final int CUSTOMERS = 40;
    private static final int QUEUED = 12;

    /** One database in a known state: 40 customers with values, 5 past-due and 2 future callbacks, 12 queued items. */
    private final class Cluster {
        final EntityManagerActiveObjects ao;
        final SharedLocks locks = new SharedLocks();
        final CustomerRegistry customers;
        final io.retentiondesk.jira.ao.TicketLinks links;
        final CallbackSchedule callbacks;
        final FailedWorkQueue failures;
        final TierSnapshots snapshots;
        final PolicyStore policies = new PolicyStore(MapPluginSettings.over(new java.util.concurrent.ConcurrentHashMap<>()), new io.retentiondesk.jira.job.SharedLocks());
        final AtomicInteger retries = new AtomicInteger();
        final FailedWorkRetry retry = mock(FailedWorkRetry.class);
        final CustomerReassessment reassessment = mock(CustomerReassessment.class);
        final io.retentiondesk.jira.service.TicketRecorder recorder = mock(io.retentiondesk.jira.service.TicketRecorder.class);
        final AtomicInteger reassessments = new AtomicInteger();
        final io.retentiondesk.jira.service.LateRating lateRating = mock(io.retentiondesk.jira.service.LateRating.class);
        io.retentiondesk.jira.bridge.RunAsUser runAs = io.retentiondesk.jira.bridge.RunAsUsers.chosen(
                mock(com.atlassian.jira.user.ApplicationUser.class), new io.retentiondesk.jira.bridge.FakeAuthentication(null));
        /** Tickets whose rating was scored; a second look at one finds nothing new, as ScoredRatings makes it. */
        final java.util.Set<Long> ratingsScored = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Cluster() throws Exception {
            ao = EntityManagerActiveObjects.migratedAll();
            customers = new CustomerRegistry(ao);
            links = new io.retentiondesk.jira.ao.TicketLinks(ao);
            callbacks = new CallbackSchedule(ao);
            failures = new FailedWorkQueue(ao);
            snapshots = new TierSnapshots(ao);
            for (int i = 0; i < CUSTOMERS; i++) {
                customers.saveValue(new CustomerValue(CustomerKey.of("Customer " + i), BigDecimal.valueOf(1000L * (i + 1)), 50));
            }
            for (int i = 0; i < 5; i++) {
                callbacks.record(100 + i, "SUP-" + (100 + i), NOW.minusSeconds(3600L * (i + 1)), CallbackStatus.PENDING);
            }
            callbacks.record(200, "SUP-200", NOW.plusSeconds(3600), CallbackStatus.PENDING);
            callbacks.record(201, "SUP-201", NOW.minusSeconds(3600), CallbackStatus.DONE);
            // ten customers had tickets in the risk window (one old ticket outside it), their newest ticket ids 500+i
            for (int i = 0; i < 10; i++) {
                links.linkTickets(CustomerKey.of("Customer " + i), Map.of(500L + i, java.time.YearMonth.of(2026, 10),
                        400L + i, java.time.YearMonth.of(2025, 1)));
            }
            when(reassessment.reassess(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyLong()))
                    .thenAnswer(a -> {
                reassessments.incrementAndGet();
                assertThat(a.<Long>getArgument(1)).isGreaterThanOrEqualTo(500L);
                return true;
            });
            when(lateRating.rescoreIfNew(org.mockito.ArgumentMatchers.anyLong()))
                    .thenAnswer(a -> ratingsScored.add(a.<Long>getArgument(0)));
            for (int i = 0; i < QUEUED; i++) {
                failures.enqueue(io.retentiondesk.jira.work.WorkKind.SCORE_SATISFACTION, 300L + i, "SUP-" + (300 + i), null,
                        new IllegalStateException());
            }
            doAnswer(a -> {
                retries.incrementAndGet();
                Thread.sleep(2); // long enough for the other node to try the same item
                return null;
            }).when(retry).retry(any());
        }

        NightlyWork node() {
            return node(snapshots);
        }

        NightlyWork node(TierSnapshots snapshotsOfThisNode) {
            return new NightlyWork(new ClusterLocks(locks), callbacks, failures, retry, customers, links, snapshotsOfThisNode, policies,
                    reassessment, lateRating, new io.retentiondesk.jira.service.RatesReport(customers, links, snapshots, policies,
                    new io.retentiondesk.jira.ao.MonthlyRates(ao)), runAs,
                    new RecordRepair(new ClusterLocks(locks), mock(com.atlassian.jira.issue.IssueManager.class), recorder,
                            new io.retentiondesk.jira.ao.TicketRecords(ao), links, policies,
                            mock(com.atlassian.jira.bc.issue.search.SearchService.class),
                            mock(com.atlassian.jira.security.JiraAuthenticationContext.class)),
                    new CallbackIdBackfill(mock(com.atlassian.jira.issue.IssueManager.class),
                            new io.retentiondesk.jira.ao.CallbackLog(ao)));
        }

        Map<String, Tier> tiers() {
            Map<String, Tier> t = new TreeMap<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                t.put("customer " + i, customers.tierOf(CustomerKey.of("Customer " + i)));
            }
            return t;
        }

        int overdue() {
            return ao.count(CallbackScheduleEntity.class, "STATUS = ?", CallbackStatus.OVERDUE.name());
        }
    }

    @Test
    void twoNodesAtOnceGiveTheSameResultAsOneRun() throws Exception {
        Cluster single = new Cluster();
        NightlyWork.Summary one = single.node().run(NOW);
        assertThat(one.markedOverdue()).isEqualTo(5);
        assertThat(one.retried()).isEqualTo(QUEUED);
        assertThat(one.snapshotRows()).isEqualTo(CUSTOMERS);
        assertThat(one.reassessed()).isEqualTo(10);
        assertThat(one.lateRatings()).as("tickets created since last month").isEqualTo(10);
        assertThat(one.rateSnapshotWritten()).as("October closed more than a week ago").isTrue();
        assertThat(new io.retentiondesk.jira.ao.MonthlyRates(single.ao).of(java.time.YearMonth.of(2026, 10))).isNotEmpty();
        assertThat(single.ratingsScored).containsExactlyInAnyOrder(500L, 501L, 502L, 503L, 504L, 505L, 506L, 507L, 508L, 509L);

        Cluster cluster = new Cluster();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<NightlyWork.Summary>> runs = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            NightlyWork node = cluster.node();
            runs.add(nodes.submit(() -> {
                start.await();
                return node.run(NOW);
            }));
        }
        start.countDown();
        int overdue = 0;
        int retried = 0;
        int rows = 0;
        int ratings = 0;
        int rateSnapshots = 0;
        for (Future<NightlyWork.Summary> r : runs) {
            NightlyWork.Summary s = r.get();
            rateSnapshots += s.rateSnapshotWritten() ? 1 : 0;
            ratings += s.lateRatings();
            overdue += s.markedOverdue();
            retried += s.retried();
            rows += s.snapshotRows();
        }
        nodes.shutdown();
        assertThat(cluster.tiers()).isEqualTo(single.tiers());
        assertThat(overdue).as("each overdue callback marked once across both nodes").isEqualTo(5);
        assertThat(cluster.overdue()).isEqualTo(single.overdue()).isEqualTo(5);
        assertThat(retried).isEqualTo(QUEUED);
        assertThat(cluster.retries.get()).as("each queued item retried once").isEqualTo(QUEUED);
        assertThat(cluster.failures.pending(100)).isEmpty();
        assertThat(rows).isEqualTo(CUSTOMERS);
        assertThat(ratings).as("each late rating scored by one node").isEqualTo(10);
        assertThat(rateSnapshots).as("October's rates written by one node").isEqualTo(1);
        assertThat(cluster.ao.count(io.retentiondesk.jira.ao.MonthlyRateEntity.class, "PERIOD = ?", "2026-10"))
                .isEqualTo(single.ao.count(io.retentiondesk.jira.ao.MonthlyRateEntity.class, "PERIOD = ?", "2026-10"));
        assertThat(cluster.reassessments.get()).as("each active customer re-assessed by one node")
                .isBetween(10, 20);
        assertThat(cluster.snapshots.count("2026-11")).isEqualTo(single.snapshots.count("2026-11")).isEqualTo(CUSTOMERS);
    }

    @Test
    void aValueImportDuringTheReTierKeepsItsTiersAndTheSnapshotRecordsThem() throws Exception {
        Cluster cluster = new Cluster();
        cluster.node().run(NightlyWork.Task.RETIER, NOW, NightlyWork.Progress.NONE);
        io.retentiondesk.jira.service.ValueImport values = new io.retentiondesk.jira.service.ValueImport(
                cluster.customers, cluster.policies);
        // the smallest customer becomes by far the largest, after the run has read the values and before it writes
        String csv = "customer,annual_value,potential\nCustomer 0,100000000,50\n";
        AtomicInteger imported = new AtomicInteger();
        NightlyWork.Progress importAtTheStart = (done, total) -> {
            if (done == 0 && imported.getAndIncrement() == 0) {
                values.apply(io.retentiondesk.jira.service.ValueImport.Format.CSV, csv);
            }
        };
        cluster.node().run(NightlyWork.Task.RETIER, NOW.plusSeconds(86_400 * 10), importAtTheStart);
        assertThat(imported.get()).isEqualTo(1);
        assertThat(cluster.customers.tierOf(CustomerKey.of("Customer 0"))).isEqualTo(Tier.KEY);

        Cluster fresh = new Cluster();
        new io.retentiondesk.jira.service.ValueImport(fresh.customers, fresh.policies).apply(io.retentiondesk.jira.service.ValueImport.Format.CSV, csv);
        assertThat(cluster.tiers()).as("the same tiers as an import with no re-tier running").isEqualTo(fresh.tiers());
        assertThat(cluster.snapshots.count("2026-12")).isEqualTo(CUSTOMERS);
        assertThat(cluster.snapshots.history(c -> Tier.UNRATED).tierAt(CustomerKey.of("customer 0"),
                java.time.YearMonth.of(2026, 12))).isEqualTo(Tier.KEY);
    }

    @Test
    void aRunThatDiesHalfWayThenRunsAgainLosesAndDoublesNothing() throws Exception {
        Cluster cluster = new Cluster();
        AtomicInteger written = new AtomicInteger();
        TierSnapshots dying = new TierSnapshots(cluster.ao) {
            @Override
            public boolean recordIfAbsent(String period, CustomerKey customer, Tier tier) {
                if (written.incrementAndGet() > CUSTOMERS / 2) {
                    throw new IllegalStateException("node killed");
                }
                return super.recordIfAbsent(period, customer, tier);
            }
        };
        assertThatThrownBy(() -> cluster.node(dying).run(NOW)).hasMessage("node killed");
        assertThat(cluster.snapshots.count("2026-11")).isEqualTo(CUSTOMERS / 2);

        NightlyWork.Summary again = cluster.node().run(NOW);
        assertThat(again.markedOverdue()).isZero();
        assertThat(again.retried()).isZero();
        assertThat(again.snapshotRows()).isEqualTo(CUSTOMERS - CUSTOMERS / 2);
        assertThat(cluster.snapshots.count("2026-11")).isEqualTo(CUSTOMERS);
        assertThat(cluster.retries.get()).isEqualTo(QUEUED);
        Cluster clean = new Cluster();
        clean.node().run(NOW);
        assertThat(cluster.tiers()).isEqualTo(clean.tiers());
    }

    @Test
    void withoutARunAsUserTheStepsThatReadTicketsAreSkippedAndTheRestIsDone() throws Exception {
        Cluster cluster = new Cluster();
        cluster.runAs = io.retentiondesk.jira.bridge.RunAsUsers.none(new io.retentiondesk.jira.bridge.FakeAuthentication(null));
        NightlyWork.Summary s = cluster.node().run(NOW);
        assertThat(s.retried()).isZero();
        assertThat(s.lateRatings()).isZero();
        assertThat(s.reassessed()).isZero();
        assertThat(cluster.retries.get()).isZero();
        assertThat(cluster.reassessments.get()).isZero();
        assertThat(cluster.ratingsScored).isEmpty();
        assertThat(cluster.failures.pending(100)).as("queued work waits for a run-as user").hasSize(QUEUED);
        assertThat(s.markedOverdue()).isEqualTo(5);
        assertThat(s.snapshotRows()).isEqualTo(CUSTOMERS);
        assertThat(cluster.node().run(NightlyWork.Task.REASSESS, NOW, NightlyWork.Progress.NONE).reassessed()).isZero();
    }

    @Test
    void overdueCallbacksAreMarkedExactlyOnceAndFutureOrDoneOnesNever() throws Exception {
        Cluster cluster = new Cluster();
        assertThat(cluster.node().run(NOW).markedOverdue()).isEqualTo(5);
        assertThat(cluster.node().run(NOW).markedOverdue()).isZero();
        assertThat(cluster.node().run(NOW.plusSeconds(7200)).markedOverdue()).as("SUP-200 falls due").isEqualTo(1);
        assertThat(cluster.ao.count(CallbackScheduleEntity.class, "STATUS = ?", CallbackStatus.DONE.name())).isEqualTo(1);
    }

    @Test
    void aRetryThatFailsAgainStaysQueuedWithOneMoreAttempt() throws Exception {
        Cluster cluster = new Cluster();
        doAnswer(a -> {
            throw new IllegalStateException("still broken");
        }).when(cluster.retry).retry(any());
        NightlyWork.Summary s = cluster.node().run(NOW);
        assertThat(s.stillFailing()).isEqualTo(QUEUED);
        assertThat(cluster.failures.pending(100)).hasSize(QUEUED).allSatisfy(w -> assertThat(w.attempts()).isEqualTo(2));
    }

    @Test
    void workThatFailsItsLastAttemptIsKeptAsDeadAndNeverRetriedAgain() throws Exception {
        Cluster cluster = new Cluster();
        doAnswer(a -> {
            throw new IllegalStateException("still broken");
        }).when(cluster.retry).retry(any());
        // the first run failed once; each night retries once more until the cap
        for (int night = 1; night < io.retentiondesk.jira.work.WorkKind.MAX_ATTEMPTS; night++) {
            assertThat(cluster.node().run(NOW.plusSeconds(86_400L * night)).stillFailing()).isEqualTo(QUEUED);
        }
        assertThat(cluster.failures.pending(100)).isEmpty();
        assertThat(cluster.failures.dead(100)).hasSize(QUEUED)
                .allSatisfy(w -> assertThat(w.attempts()).isEqualTo(io.retentiondesk.jira.work.WorkKind.MAX_ATTEMPTS));
        assertThat(cluster.failures.counts()).isEqualTo(new FailedWorkQueue.Counts(0, QUEUED));
    }

    @Test
    void deadWorkIsNotRetriedUntilAnAdministratorPutsItBack() throws Exception {
        Cluster cluster = new Cluster();
        doAnswer(a -> {
            throw new IllegalStateException("still broken");
        }).when(cluster.retry).retry(any());
        for (int night = 1; night < io.retentiondesk.jira.work.WorkKind.MAX_ATTEMPTS; night++) {
            cluster.node().run(NOW.plusSeconds(86_400L * night));
        }
        org.mockito.Mockito.clearInvocations(cluster.retry);
        NightlyWork.Summary s = cluster.node().run(NOW.plusSeconds(86_400L * 10));
        assertThat(s.retried() + s.stillFailing()).isZero();
        org.mockito.Mockito.verify(cluster.retry, org.mockito.Mockito.never()).retry(any());

        FailedWorkQueue.FailedWork one = cluster.failures.dead(1).get(0);
        assertThat(cluster.failures.requeue(one.id())).isPresent();
        assertThat(cluster.failures.requeue(one.id())).as("already back in the queue").isEmpty();
        org.mockito.Mockito.doNothing().when(cluster.retry).retry(any());
        assertThat(cluster.node().run(NOW.plusSeconds(86_400L * 11)).retried()).isEqualTo(1);
        org.mockito.Mockito.verify(cluster.retry).retry(org.mockito.ArgumentMatchers.argThat(w -> w.id() == one.id()));
        assertThat(cluster.failures.dead(100)).hasSize(QUEUED - 1);
    }

    @Test
    void tiersFollowTheValuesTheJobReads() throws Exception {
        Cluster cluster = new Cluster();
        cluster.node().run(NOW);
        Map<String, Tier> tiers = cluster.tiers();
        assertThat(tiers.get("customer 39")).isEqualTo(Tier.KEY);
        assertThat(tiers.get("customer 0")).isEqualTo(Tier.SMALL);
    }

    @Test
    void reTierNowAndReAssessNowDoOnlyTheirOwnStepAndReportProgressToTheLastCustomer() throws Exception {
        Cluster cluster = new Cluster();
        List<int[]> seen = new ArrayList<>();
        NightlyWork.Summary retier = cluster.node().run(NightlyWork.Task.RETIER, NOW, (d, t) -> seen.add(new int[]{d, t}));
        assertThat(retier.snapshotRows()).isEqualTo(CUSTOMERS);
        assertThat(retier.reassessed() + retier.markedOverdue() + retier.retried()).isZero();
        assertThat(cluster.reassessments.get()).isZero();
        assertThat(cluster.overdue()).as("overdue marking is the nightly job's").isZero();
        assertThat(seen).first().isEqualTo(new int[]{0, CUSTOMERS});
        assertThat(seen).last().isEqualTo(new int[]{CUSTOMERS, CUSTOMERS});
        assertThat(seen).hasSize(CUSTOMERS + 1);

        seen.clear();
        NightlyWork.Summary reassess = cluster.node().run(NightlyWork.Task.REASSESS, NOW, (d, t) -> seen.add(new int[]{d, t}));
        assertThat(reassess.reassessed()).isEqualTo(10);
        assertThat(reassess.snapshotRows() + reassess.retiered()).isZero();
        assertThat(cluster.reassessments.get()).isEqualTo(10);
        assertThat(seen).last().isEqualTo(new int[]{10, 10});
        assertThat(cluster.failures.pending(100)).as("retries are the nightly job's").hasSize(QUEUED);
    }
}
