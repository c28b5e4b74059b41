package io.retentiondesk.jira.job;

import io.retentiondesk.core.calibration.CalibrationJson;
import io.retentiondesk.core.calibration.CalibrationRefused;
import io.retentiondesk.core.calibration.CalibrationResult;
import io.retentiondesk.core.calibration.CalibrationSamples;
import io.retentiondesk.core.calibration.Calibrator;
import io.retentiondesk.core.calibration.CustomerHistory;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PendingCalibration;
import io.retentiondesk.jira.policy.PolicyAudit;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.testing.StoredHistories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;

/**
 * Calibration from the records Jira stores, on the real AO ORM over HSQLDB: histories drawn from a known hazard are
 * stored as the post-functions store tickets (a record each) and churn marks, and the fit from them is the core's
 * fit of the same histories, read customer batch by customer batch.
 */
class HistoryCalibrationTest {
    /** 40 customers, 319 records, 38 churners, both outcomes in the hold-out (CalibratorTest's simulated world). */
    private static final List<CustomerHistory> WORLD = CalibrationSamples.simulated(40, 0.03, 3L);
    private static EntityManagerActiveObjects ao;

    private final Map<String, Object> settings = new HashMap<>();
    private final PolicyStore policies = new PolicyStore(MapPluginSettings.over(settings), new io.retentiondesk.jira.job.SharedLocks());
    private final PendingCalibration pending = new PendingCalibration(MapPluginSettings.over(settings),
            new SharedLocks(), policies, new PolicyAudit(MapPluginSettings.over(settings),
            mock(com.atlassian.audit.api.AuditService.class)));

    @BeforeAll
    static void storeTheWorld() throws Exception {
        ao = EntityManagerActiveObjects.migratedAll();
        assertThat(StoredHistories.store(WORLD, new TicketRecords(ao), new CustomerRegistry(ao))).isEqualTo(319);
        assertThat(StoredHistories.churners(WORLD)).isEqualTo(38);
    }

    @Test
    void theFitFromStoredRecordsAndChurnMarksIsTheCoresFitOfTheSameHistoriesReadInBatches() {
        TicketRecords records = spy(new TicketRecords(ao));
        List<Integer> batches = new ArrayList<>();
        doAnswer(a -> {
            batches.add(a.<Collection<?>>getArgument(0).size());
            return a.callRealMethod();
        }).when(records).allOf(any());
        List<int[]> progress = new ArrayList<>();
        PendingCalibration.Pending kept = new HistoryCalibration(records, new CustomerRegistry(ao), policies, pending, 7)
                .run(CalibrationSamples.AS_OF, (done, total) -> progress.add(new int[] {done, total}));

        CalibrationResult core = new Calibrator(Policy.defaults()).calibrate(WORLD, CalibrationSamples.AS_OF,
                Calibrator.Progress.NONE);
        assertThat(kept.refused()).isFalse();
        assertThat(CalibrationJson.toJson(kept.result())).isEqualTo(CalibrationJson.toJson(core));
        assertThat(kept.result().churners()).isEqualTo(core.churners()).isPositive();
        int withRecords = (int) WORLD.stream().filter(h -> !h.tickets().isEmpty()).count(); // 39: one never had a ticket
        assertThat(batches).as("the customers with records, 7 at a time").allMatch(n -> n <= 7)
                .hasSize((withRecords + 6) / 7);
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(withRecords);
        assertThat(progress.get(progress.size() - 1)).as("the last step is the last of all")
                .containsExactly(2 * withRecords, 2 * withRecords);
        // kept for every node, with the policy it was fitted on
        assertThat(pending.current()).contains(kept);
        assertThat(kept.policyVersion()).isZero();
        assertThat(pending.onCurrentPolicy(kept)).isTrue();
    }

    @Test
    void aPolicyInUseIsTheOneFittedFromAndNamedInTheResult() {
        String halfLife30 = Policy.defaultJson().replace("\"halfLifeDays\": 45", "\"halfLifeDays\": 30");
        policies.save(halfLife30);
        PendingCalibration.Pending kept = new HistoryCalibration(new TicketRecords(ao), new CustomerRegistry(ao),
                policies, pending).run(CalibrationSamples.AS_OF, NightlyWork.Progress.NONE);
        assertThat(kept.result().defaultHalfLifeDays()).isEqualTo(30);
        assertThat(kept.policyVersion()).isEqualTo(1);
        assertThat(pending.onCurrentPolicy(kept)).isTrue();
    }

    @Test
    void tooLittleHistoryIsKeptAsARefusalSayingWhatIsMissing() throws Exception {
        EntityManagerActiveObjects small = EntityManagerActiveObjects.migratedAll();
        List<CustomerHistory> few = WORLD.subList(0, 6);
        StoredHistories.store(few, new TicketRecords(small), new CustomerRegistry(small));
        PendingCalibration.Pending kept = new HistoryCalibration(new TicketRecords(small), new CustomerRegistry(small),
                policies, pending).run(CalibrationSamples.AS_OF, NightlyWork.Progress.NONE);
        assertThat(kept.refused()).isTrue();
        assertThat(kept.shortfalls()).containsExactly(new CalibrationRefused.Shortfall(
                CalibrationRefused.Missing.CHURNERS, StoredHistories.churners(few), Calibrator.MIN_CHURNERS));
        assertThat(pending.current()).contains(kept);
    }

    @Test
    void aCustomerMarkedChurnedWithoutATicketIsNeverInABaseAndAChurnResolutionCounts() throws Exception {
        EntityManagerActiveObjects other = EntityManagerActiveObjects.migratedAll();
        CustomerRegistry customers = new CustomerRegistry(other);
        customers.markChurned(CustomerKey.of("Value file only"), CalibrationSamples.AS_OF.minusSeconds(86_400), "OTHER");
        StoredHistories.store(WORLD.subList(0, 6), new TicketRecords(other), customers);
        PendingCalibration.Pending kept = new HistoryCalibration(new TicketRecords(other), customers, policies, pending)
                .run(CalibrationSamples.AS_OF, NightlyWork.Progress.NONE);
        assertThat(kept.shortfalls()).first().extracting(CalibrationRefused.Shortfall::found)
                .isEqualTo(StoredHistories.churners(WORLD.subList(0, 6)));
    }
}
