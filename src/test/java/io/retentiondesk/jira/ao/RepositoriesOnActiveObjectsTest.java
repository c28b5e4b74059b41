package io.retentiondesk.jira.ao;

import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.work.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repositories run their real queries on the Active Objects ORM, over embedded HSQLDB and embedded H2
 * (the two subclasses), with every entity the descriptor declares migrated.
 */
abstract class RepositoriesOnActiveObjectsTest {
    private EntityManagerActiveObjects ao;

    abstract EntityManagerActiveObjects.Database database();

    @BeforeEach
    void migrate() throws SQLException {
        ao = EntityManagerActiveObjects.migratedAll(database());
    }

    @Test
    void scoredRatingsSayWhetherARatingIsNewPerIssue() {
        ScoredRatings ratings = new ScoredRatings(ao);
        assertThat(ratings.isNew(7L, 2)).isTrue();
        ratings.record(7L, 2);
        assertThat(ratings.isNew(7L, 2)).isFalse();
        assertThat(ratings.isNew(8L, 2)).isTrue();
        assertThat(ratings.isNew(7L, 4)).isTrue(); // the customer changed the rating
        ratings.record(7L, 4);
        assertThat(ratings.isNew(7L, 4)).isFalse();
        assertThat(ao.count(ScoredRatingEntity.class, "ISSUE_ID = ?", 7L)).isEqualTo(1);
    }

    @Test
    void customerRegistryStoresValuesTiersAndChurn() {
        CustomerRegistry registry = new CustomerRegistry(ao);
        registry.saveValue(new CustomerValue(CustomerKey.of("Acme Ltd"), new BigDecimal("1200.50"), 70));
        registry.saveValue(new CustomerValue(CustomerKey.of("ACME LTD"), new BigDecimal("1300"), 75)); // same customer
        registry.saveValue(new CustomerValue(CustomerKey.of("Beta"), null, null));
        registry.saveTier(CustomerKey.of("acme ltd"), Tier.KEY);
        registry.markChurned(CustomerKey.of("Beta"), Instant.parse("2026-03-01T00:00:00Z"), "COMPETITION");

        assertThat(registry.tierOf(CustomerKey.of("Acme Ltd"))).isEqualTo(Tier.KEY);
        assertThat(registry.tierOf(CustomerKey.of("nobody"))).isEqualTo(Tier.UNRATED);
        List<CustomerValue> values = registry.values();
        assertThat(values).hasSize(2);
        assertThat(values).filteredOn(v -> v.customer().id().equals("acme ltd")).singleElement().satisfies(v -> {
            assertThat(v.annualValue()).isEqualByComparingTo("1300");
            assertThat(v.potential()).isEqualTo(75);
            assertThat(v.customer().display()).isEqualTo("Acme Ltd");
        });
        assertThat(registry.find(CustomerKey.of("beta")).orElseThrow().getChurnType()).isEqualTo("COMPETITION");
        assertThat(ao.count(CustomerEntity.class, "CUSTOMER_KEY = ?", "acme ltd")).isEqualTo(1);
        registry.saveRisk(CustomerKey.of("Acme Ltd"), new io.retentiondesk.core.churn.RiskAssessment(52,
                io.retentiondesk.core.churn.RiskBand.HIGH, List.of(), 36.9));
        assertThat(registry.find(CustomerKey.of("acme ltd")).orElseThrow().getRiskBand()).isEqualTo("HIGH");
        CustomerProfile beta = registry.profileOf(CustomerKey.of("beta"));
        assertThat(beta.churnedAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(beta.tier()).isEqualTo(Tier.UNRATED);
        assertThat(registry.profileOf(CustomerKey.of("acme ltd")).potential()).isEqualTo(75);
    }

    @Test
    void profilesOfManyCustomersComeInOneGoAnUnknownOneUnratedAndActive() {
        CustomerRegistry registry = new CustomerRegistry(ao);
        List<CustomerKey> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 520; i++) { // more than one query's 500 keys
            keys.add(CustomerKey.of("Customer " + i));
        }
        registry.saveTier(keys.get(3), Tier.KEY);
        registry.markChurned(keys.get(510), Instant.parse("2026-03-01T00:00:00Z"), "OTHER");
        keys.add(CustomerKey.of("nobody"));
        java.util.Map<CustomerKey, CustomerProfile> profiles = registry.profilesOf(keys);
        assertThat(profiles).hasSize(521);
        assertThat(profiles.get(CustomerKey.of("customer 3"))).isEqualTo(registry.profileOf(keys.get(3)));
        assertThat(profiles.get(keys.get(3)).tier()).isEqualTo(Tier.KEY);
        assertThat(profiles.get(keys.get(510)).churnedAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(profiles.get(CustomerKey.of("nobody"))).isEqualTo(CustomerProfile.UNKNOWN);
    }

    @Test
    void linkedTicketsAreFoundByCustomerAndByMonthNewestFirst() {
        TicketLinks links = new TicketLinks(ao);
        links.linkTickets(CustomerKey.of("Acme"), java.util.Map.of(10L, java.time.YearMonth.of(2026, 9),
                11L, java.time.YearMonth.of(2026, 10), 12L, java.time.YearMonth.of(2026, 11)));
        links.linkTickets(CustomerKey.of("Beta"), java.util.Map.of(13L, java.time.YearMonth.of(2026, 11)));
        links.linkTickets(CustomerKey.of("Acme"), java.util.Map.of(12L, java.time.YearMonth.of(2026, 11))); // again
        assertThat(links.issueIdsOf(CustomerKey.of("acme"), 500)).containsExactly(12L, 11L, 10L);
        assertThat(links.issueIdsOf(CustomerKey.of("acme"), 2)).containsExactly(12L, 11L);
        assertThat(links.ticketsCreatedSince(java.time.YearMonth.of(2026, 10), 100)).containsExactly(13L, 12L, 11L);
        assertThat(links.ticketsCreatedSince(java.time.YearMonth.of(2026, 10), 1)).containsExactly(13L);
        assertThat(links.activeSince(java.time.YearMonth.of(2026, 10)))
                .containsEntry(CustomerKey.of("Acme"), 12L).containsEntry(CustomerKey.of("Beta"), 13L).hasSize(2);
    }

    @Test
    void callbackLogReturnsAttemptsOldestFirst() {
        CallbackLog log = new CallbackLog(ao);
        log.record(1L, new CallbackAttempt("sup-1", Instant.parse("2026-06-03T10:00:00Z"), "JIRAUSER9",
                CallbackOutcome.SATISFIED, 5, "said \"thanks\""));
        log.record(1L, new CallbackAttempt("SUP-1", Instant.parse("2026-06-02T10:00:00Z"), "JIRAUSER9",
                CallbackOutcome.UNREACHABLE, null, ""));
        log.record(2L, new CallbackAttempt("SUP-2", Instant.parse("2026-06-02T10:00:00Z"), null,
                CallbackOutcome.STILL_DISSATISFIED, 1, "x".repeat(1000)));
        List<CallbackAttempt> sup1 = log.attemptsFor(1L, "Sup-1");
        assertThat(sup1).extracting(CallbackAttempt::outcome)
                .containsExactly(CallbackOutcome.UNREACHABLE, CallbackOutcome.SATISFIED);
        assertThat(sup1.get(1).rating()).isEqualTo(5);
        assertThat(sup1.get(1).note()).isEqualTo("said \"thanks\"");
        assertThat(log.attemptsFor(2L, "SUP-2").get(0).note()).hasSize(1000);
    }

    @Test
    void aMovedIssueKeepsItsCallbackHistory() {
        CallbackLog log = new CallbackLog(ao);
        log.record(7L, new CallbackAttempt("SUP-1", Instant.parse("2026-06-02T10:00:00Z"), "JIRAUSER9",
                CallbackOutcome.STILL_DISSATISFIED, 2, "still broken"));
        // moved to another project: the same issue id, a new key; the old key is another issue's now
        log.record(8L, new CallbackAttempt("SUP-1", Instant.parse("2026-06-04T10:00:00Z"), null,
                CallbackOutcome.SATISFIED, 5, "someone else"));
        log.record(7L, new CallbackAttempt("OPS-40", Instant.parse("2026-06-03T10:00:00Z"), "JIRAUSER9",
                CallbackOutcome.SATISFIED, 4, ""));
        assertThat(log.attemptsFor(7L, "OPS-40")).extracting(CallbackAttempt::outcome, CallbackAttempt::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CallbackOutcome.STILL_DISSATISFIED, "still broken"),
                        org.assertj.core.groups.Tuple.tuple(CallbackOutcome.SATISFIED, ""));
        assertThat(log.attemptsFor(8L, "SUP-1")).extracting(CallbackAttempt::note).containsExactly("someone else");
    }

    @Test
    void anAttemptLoggedAgainOnTheSameIssueAtTheSameTimeIsLoggedOnce() {
        CallbackLog log = new CallbackLog(ao);
        CallbackAttempt attempt = new CallbackAttempt("SUP-1", Instant.parse("2026-06-02T10:00:00Z"), "JIRAUSER9",
                CallbackOutcome.UNREACHABLE, null, "");
        log.record(7L, attempt);
        log.record(7L, attempt);
        assertThat(log.attemptsFor(7L, "SUP-1")).hasSize(1);
    }

    @Test
    void failedWorkIsQueuedOncePerIssueAndWorkAndRemovedWhenDone() {
        FailedWorkQueue queue = new FailedWorkQueue(ao, Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneOffset.UTC));
        queue.enqueue(WorkKind.SCORE_SATISFACTION, 1L, "SUP-1", null, new IllegalStateException("customer Acme: secret"));
        queue.enqueue(WorkKind.SCORE_SATISFACTION, 1L, "SUP-1", null, new IllegalArgumentException("again"));
        queue.enqueue(WorkKind.ASSESS_CHURN_RISK, 2L, "SUP-2", null, new RuntimeException());
        List<FailedWorkQueue.FailedWork> pending = queue.pending(10);
        assertThat(pending).hasSize(2);
        FailedWorkQueue.FailedWork first = pending.stream().filter(w -> w.issueKey().equals("SUP-1")).findFirst().orElseThrow();
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(first.error()).isEqualTo("java.lang.IllegalArgumentException"); // class name only, no message
        queue.done(first);
        assertThat(queue.pending(10)).extracting(FailedWorkQueue.FailedWork::issueKey).containsExactly("SUP-2");
        queue.enqueue(WorkKind.ASSESS_CHURN_RISK, 3L, "SUP-3", null, new RuntimeException());
        assertThat(queue.pending(1)).extracting(FailedWorkQueue.FailedWork::issueKey).containsExactly("SUP-2"); // oldest
    }

    @Test
    void callbackScheduleFindsPendingPastDueAndOverdueButNotDone() {
        CallbackSchedule schedule = new CallbackSchedule(ao);
        Instant now = Instant.parse("2026-06-30T00:00:00Z");
        schedule.record(1L, "SUP-1", now.minusSeconds(3600), io.retentiondesk.core.callback.CallbackStatus.PENDING);
        schedule.record(2L, "SUP-2", now.plusSeconds(3600), io.retentiondesk.core.callback.CallbackStatus.PENDING);
        schedule.record(3L, "SUP-3", now.minusSeconds(7200), io.retentiondesk.core.callback.CallbackStatus.DONE);
        schedule.record(4L, "SUP-4", now.minusSeconds(9000), io.retentiondesk.core.callback.CallbackStatus.OVERDUE);
        assertThat(schedule.overdueIssueIds(now, 10)).containsExactly(1L, 4L); // the most recently due first
        assertThat(schedule.overdueIssueIds(now, 1)).as("a cut keeps the latest").containsExactly(1L);
        assertThat(schedule.countOverdue(now)).isEqualTo(2);
        schedule.record(1L, "SUP-1", now.minusSeconds(3600), io.retentiondesk.core.callback.CallbackStatus.DONE); // updated
        assertThat(schedule.overdueIssueIds(now, 10)).containsExactly(4L);
        assertThat(ao.count(CallbackScheduleEntity.class, "ISSUE_ID = ?", 1L)).isEqualTo(1);
    }

    @Test
    void ticketsOfCustomersAtABand() {
        CustomerRegistry registry = new CustomerRegistry(ao);
        io.retentiondesk.core.churn.RiskAssessment high = new io.retentiondesk.core.churn.RiskAssessment(60,
                io.retentiondesk.core.churn.RiskBand.HIGH, List.of(), 45);
        io.retentiondesk.core.churn.RiskAssessment low = new io.retentiondesk.core.churn.RiskAssessment(5,
                io.retentiondesk.core.churn.RiskBand.LOW, List.of(), 2);
        registry.saveRisk(CustomerKey.of("Acme"), high);
        registry.saveRisk(CustomerKey.of("Beta"), low);
        TicketLinks links = new TicketLinks(ao);
        links.linkTickets(CustomerKey.of("Acme"), List.of(10L, 11L));
        links.linkTickets(CustomerKey.of("Beta"), List.of(20L));
        links.linkTickets(CustomerKey.of("Acme"), List.of(11L, 12L)); // idempotent
        java.util.EnumSet<io.retentiondesk.core.churn.RiskBand> atLeastHigh = java.util.EnumSet.of(
                io.retentiondesk.core.churn.RiskBand.HIGH, io.retentiondesk.core.churn.RiskBand.CRITICAL);
        assertThat(links.ticketsOfCustomersIn(atLeastHigh, 10)).containsExactly(12L, 11L, 10L);
        assertThat(links.ticketsOfCustomersIn(atLeastHigh, 2)).containsExactly(12L, 11L);
        assertThat(links.ticketsOfCustomersIn(java.util.EnumSet.allOf(io.retentiondesk.core.churn.RiskBand.class), 10))
                .containsExactly(20L, 12L, 11L, 10L);
        assertThat(links.ticketsOfCustomersIn(java.util.EnumSet.noneOf(io.retentiondesk.core.churn.RiskBand.class), 10))
                .isEmpty();
        assertThat(ao.count(CustomerTicketEntity.class, "ISSUE_ID = ?", 11L)).isEqualTo(1);
    }
}
