package io.retentiondesk.jira.ao;

import io.retentiondesk.core.callback.CallbackStatus;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The callback schedule on the real Active Objects ORM over HSQLDB: who is asked to call back. */
class CallbackScheduleTest {
    private static final Instant DUE = Instant.parse("2026-06-03T00:00:00Z");

    @Test
    void theOwnerKeptAtResolutionStaysWhenTheCallbackIsRescheduledWithoutOne() throws SQLException {
        CallbackSchedule schedule = new CallbackSchedule(EntityManagerActiveObjects.migratedAll());
        assertThat(schedule.ownerOf(1L)).isNull();
        schedule.record(1L, "SUP-1", DUE, CallbackStatus.PENDING, "agent-7");
        schedule.record(1L, "SUP-1", DUE.plusSeconds(86_400), CallbackStatus.PENDING, null); // unreachable: retry +24 h
        assertThat(schedule.ownerOf(1L)).isEqualTo("agent-7");
        schedule.record(1L, "SUP-1", DUE, CallbackStatus.PENDING, "role:Customer success"); // resolved again
        assertThat(schedule.ownerOf(1L)).isEqualTo("role:Customer success");
        schedule.record(2L, "SUP-2", DUE, CallbackStatus.PENDING);
        assertThat(schedule.ownerOf(2L)).isNull();
    }
}
