package io.retentiondesk.jira.ao;

import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-ticket records on the real Active Objects ORM, over embedded HSQLDB and H2. */
class TicketRecordsTest {
    private static final Instant NOW = Instant.parse("2026-10-01T00:00:00Z");
    private static final CustomerKey ACME = CustomerKey.of("Acme");
    private final CustomerAssessment assessment = new CustomerAssessment(new RetentionEngine(Policy.defaults()));

    private TicketRecord record(String key, Instant created, boolean complaintRecovered) {
        return record(ACME, key, created, complaintRecovered);
    }

    private TicketRecord record(CustomerKey customer, String key, Instant created, boolean complaintRecovered) {
        TicketBuilder b = new TicketBuilder(key, created).reporter(Person.named("ann")).organization("Acme")
                .summary("Export fails on Mondays").comment(Person.named("bob"), created.plusSeconds(60), "On it")
                .resolution("Done", created.plus(Duration.ofDays(1)));
        List<CallbackAttempt> attempts = List.of();
        if (complaintRecovered) {
            b.label("complaint");
            attempts = List.of(new CallbackAttempt(key, created.plus(Duration.ofDays(3)), "zoe",
                    CallbackOutcome.SATISFIED, 4, ""));
        }
        return assessment.evaluate(b.build(), customer, Set.of("ann"), Tier.KEY, CallbackHistory.of(attempts), NOW).record();
    }

    @ParameterizedTest
    @EnumSource(EntityManagerActiveObjects.Database.class)
    void aRecordRoundTripsAndOneQueryReadsTheWindowAndOlderRecoveries(EntityManagerActiveObjects.Database db)
            throws SQLException {
        TicketRecords records = new TicketRecords(EntityManagerActiveObjects.migratedAll(db));
        Instant windowStart = NOW.minus(Duration.ofDays(180));
        TicketRecord recent = record("SUP-3", NOW.minus(Duration.ofDays(10)), true);
        TicketRecord oldRecovered = record("SUP-2", windowStart.minus(Duration.ofDays(2)), true); // recovery in range
        TicketRecord old = record("SUP-1", windowStart.minus(Duration.ofDays(40)), false);
        records.save(3L, recent, 4, NOW);
        records.save(2L, oldRecovered, 4, NOW);
        records.save(1L, old, 4, NOW);
        records.save(9L, record(CustomerKey.of("Other"), "OTH-1", NOW.minus(Duration.ofDays(1)), false), 4, NOW);

        List<TicketRecords.Stored> window = records.window(ACME, windowStart, windowStart.minus(Duration.ofDays(30)));
        assertThat(window).extracting(TicketRecords.Stored::issueId).containsExactly(3L, 2L);
        assertThat(window.get(0).record()).isEqualTo(recent); // every field survives the payload
        assertThat(records.of(2L)).get().extracting(TicketRecords.Stored::record).isEqualTo(oldRecovered);
        assertThat(records.lastActivity(ACME)).isEqualTo(recent.created());
        assertThat(records.lastActivity(CustomerKey.of("nobody"))).isNull();
    }

    @ParameterizedTest
    @EnumSource(EntityManagerActiveObjects.Database.class)
    void staleAndOldPolicyRecordsAreRepairedAndASaveMakesThemFresh(EntityManagerActiveObjects.Database db)
            throws SQLException {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll(db);
        TicketRecords records = new TicketRecords(ao);
        TicketRecord r = record("SUP-1", NOW.minus(Duration.ofDays(5)), false);
        records.save(1L, r, 4, NOW);
        records.save(2L, record("SUP-2", NOW.minus(Duration.ofDays(4)), false), 3, NOW);
        records.save(3L, record("SUP-3", NOW.minus(Duration.ofDays(3)), false), 4, NOW);
        records.markStale(List.of(1L));
        assertThat(records.needingRepair(4, 10)).containsExactly(1L, 2L);
        assertThat(records.needingRepair(4, 1)).containsExactly(1L);
        records.save(1L, r, 4, NOW);
        records.save(2L, record("SUP-2", NOW.minus(Duration.ofDays(4)), false), 4, NOW);
        assertThat(records.needingRepair(4, 10)).isEmpty();
        assertThat(ao.count(TicketRecordEntity.class, "ISSUE_ID = ?", 1L)).isEqualTo(1); // rewritten, not added

        // a row that no longer reads is left out, logged, and marked for the repair
        TicketRecordEntity row = ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", 3L)[0];
        row.setPayload("{\"v\":1,\"key\":");
        row.save();
        assertThat(records.window(ACME, NOW.minus(Duration.ofDays(180)), NOW.minus(Duration.ofDays(200))))
                .extracting(TicketRecords.Stored::issueId).containsExactly(2L, 1L);
        assertThat(records.needingRepair(4, 10)).containsExactly(3L);
    }

    @ParameterizedTest
    @EnumSource(EntityManagerActiveObjects.Database.class)
    void anUnchangedRecordIsNotReadAgainAndOneAnotherNodeRewroteIs(EntityManagerActiveObjects.Database db)
            throws SQLException {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll(db);
        TicketRecords here = new TicketRecords(ao);
        TicketRecords otherNode = new TicketRecords(ao);
        Instant windowStart = NOW.minus(Duration.ofDays(180));
        TicketRecord first = record("SUP-1", NOW.minus(Duration.ofDays(5)), false);
        here.save(1L, first, 4, NOW);
        assertThat(here.window(ACME, windowStart, windowStart)).extracting(TicketRecords.Stored::record)
                .containsExactly(first);

        // the payload column is not read while the digest says it is unchanged: garbage there goes unnoticed
        TicketRecordEntity row = ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", 1L)[0];
        row.setPayload("not read");
        row.save();
        assertThat(here.window(ACME, windowStart, windowStart)).extracting(TicketRecords.Stored::record)
                .containsExactly(first);

        TicketRecord rewritten = record("SUP-1", NOW.minus(Duration.ofDays(5)), true);
        otherNode.save(1L, rewritten, 4, NOW);
        assertThat(here.window(ACME, windowStart, windowStart)).extracting(TicketRecords.Stored::record)
                .containsExactly(rewritten);
    }

    @ParameterizedTest
    @EnumSource(EntityManagerActiveObjects.Database.class)
    void aRowWrittenBeforeDigestsIsReadAndGetsItsDigestOnce(EntityManagerActiveObjects.Database db)
            throws SQLException {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll(db);
        TicketRecords records = new TicketRecords(ao);
        TicketRecord r = record("SUP-1", NOW.minus(Duration.ofDays(5)), false);
        records.save(1L, r, 4, NOW);
        TicketRecordEntity row = ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", 1L)[0];
        String payload = row.getPayload();
        row.setPayloadDigest(null);
        row.save();

        Instant windowStart = NOW.minus(Duration.ofDays(180));
        assertThat(new TicketRecords(ao).window(ACME, windowStart, windowStart))
                .extracting(TicketRecords.Stored::record).containsExactly(r);
        assertThat(ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", 1L)[0].getPayloadDigest())
                .isEqualTo(TicketRecords.digest(payload));
    }

    @ParameterizedTest
    @EnumSource(EntityManagerActiveObjects.Database.class)
    void aCustomersReportersAreKeptOnceEach(EntityManagerActiveObjects.Database db) throws SQLException {
        TicketRecords records = new TicketRecords(EntityManagerActiveObjects.migratedAll(db));
        assertThat(records.addReporter(ACME, "ann")).isTrue();
        assertThat(records.addReporter(ACME, "ann")).isFalse();
        assertThat(records.addReporter(ACME, "bob")).isTrue();
        assertThat(records.addReporter(ACME, null)).isFalse();
        assertThat(records.addReporter(CustomerKey.of("Other"), "ann")).isTrue();
        assertThat(records.reporters(ACME)).containsExactlyInAnyOrder("ann", "bob");
    }

    /** Calibration reads every record of every customer: the customers in pages of rows, then all their records. */
    @ParameterizedTest
    @EnumSource(EntityManagerActiveObjects.Database.class)
    void everyCustomerWithARecordIsListedAndAllItsRecordsReadAnUnreadableOneLeftForTheRepair(
            EntityManagerActiveObjects.Database db) throws SQLException {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll(db);
        TicketRecords records = new TicketRecords(ao);
        CustomerKey beta = CustomerKey.of("Beta");
        Instant old = NOW.minus(Duration.ofDays(700)); // far outside any risk window: calibration reads it all
        records.save(1L, record("SUP-1", old, false), 4, NOW);
        records.save(2L, record(beta, "BET-1", NOW.minus(Duration.ofDays(3)), false), 4, NOW);
        records.save(3L, record("SUP-2", NOW.minus(Duration.ofDays(2)), true), 4, NOW);
        records.save(4L, record(CustomerKey.of("Gamma"), "GAM-1", NOW.minus(Duration.ofDays(1)), false), 4, NOW);
        records.save(5L, record(beta, "BET-2", NOW.minus(Duration.ofDays(1)), false), 4, NOW);
        for (int page : new int[] {1, 2, 5, 10_000}) {
            assertThat(records.customers(page)).as("pages of " + page + " rows")
                    .extracting(CustomerKey::id).containsExactly("acme", "beta", "gamma");
        }
        java.util.Map<CustomerKey, List<TicketRecord>> all = records.allOf(List.of(ACME, beta));
        assertThat(all).containsOnlyKeys(ACME, beta);
        assertThat(all.get(ACME)).extracting(TicketRecord::key).containsExactly("SUP-1", "SUP-2");
        assertThat(all.get(ACME).get(1)).isEqualTo(record("SUP-2", NOW.minus(Duration.ofDays(2)), true));
        assertThat(all.get(beta)).extracting(TicketRecord::key).containsExactly("BET-1", "BET-2");

        TicketRecordEntity row = ao.find(TicketRecordEntity.class, "ISSUE_ID = ?", 1L)[0];
        row.setPayload("{\"v\":1,\"key\":");
        row.save();
        assertThat(records.allOf(List.of(ACME)).get(ACME)).extracting(TicketRecord::key).containsExactly("SUP-2");
        assertThat(records.needingRepair(4, 10)).containsExactly(1L);
    }
}
