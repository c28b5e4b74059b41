package io.retentiondesk.jira.policy;

import com.atlassian.audit.api.AuditService;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PolicyAuditTest {
    private final Map<String, Object> stored = new HashMap<>();
    private final AuditService auditLog = mock(AuditService.class);
    private final PolicyAudit audit = new PolicyAudit(MapPluginSettings.over(stored), auditLog,
            Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC));

    @Test
    void eachSaveKeepsWhoWhenAndEverySettingBeforeAndAfterNewestFirst() {
        audit.record("JIRAUSER1", "{\"a\":1,\"b\":{\"c\":\"x\"},\"l\":[1]}", "{\"a\":2,\"b\":{\"c\":\"x\"},\"l\":[1,2]}");
        audit.record("JIRAUSER2", "{\"a\":2}", "{\"a\":2}");
        assertThat(audit.history()).hasSize(2);
        PolicyAudit.Entry first = audit.history().get(1);
        assertThat(first.who()).isEqualTo("JIRAUSER1");
        assertThat(first.when()).isEqualTo("2026-11-25T06:00:00Z");
        assertThat(first.changes()).containsExactly(new PolicyAudit.Change("a", "1", "2"),
                new PolicyAudit.Change("l", "[1]", "[1,2]"));
        assertThat(audit.history().get(0).changes()).isEmpty();
        verify(auditLog, times(2)).audit(any());
    }

    @Test
    void onlyTheLatestFiftyAreKept() {
        for (int i = 0; i < 60; i++) {
            audit.record("u" + i, "{\"a\":" + i + "}", "{\"a\":" + (i + 1) + "}");
        }
        assertThat(audit.history()).hasSize(PolicyAudit.KEPT);
        assertThat(audit.history().get(0).who()).isEqualTo("u59");
    }

}
