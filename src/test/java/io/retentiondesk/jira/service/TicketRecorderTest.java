package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.Issue;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Which issue events keep a record current: service requests and tickets already recorded, never others. */
class TicketRecorderTest {
    private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
    private final JiraTicketReader reader = mock(JiraTicketReader.class);
    private final JsmFields jsm = mock(JsmFields.class);
    private TicketRecords records;
    private TicketRecorder recorder;

    @BeforeEach
    void storage() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll();
        records = new TicketRecords(ao);
        CallbackLog callbacks = mock(CallbackLog.class);
        when(callbacks.attemptsFor(org.mockito.ArgumentMatchers.anyLong(), anyString())).thenReturn(List.of());
        recorder = new TicketRecorder(reader, jsm, new CustomerRegistry(ao), records, new io.retentiondesk.jira.ao.TicketLinks(ao), callbacks,
                io.retentiondesk.testing.Policies.store(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Issue issue(long id, String key, String requestType) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(jsm.requestType(issue)).thenReturn(requestType);
        when(reader.read(issue, jsm)).thenReturn(new TicketBuilder(key, NOW.minusSeconds(3600))
                .reporter(Person.named("ann")).organization("Acme").build());
        return issue;
    }

    @Test
    void aServiceRequestIsRecordedOnItsEventsAndADeletedOneForgotten() {
        Issue request = issue(1L, "SUP-1", "Get IT help");
        assertThat(recorder.refresh(request)).isTrue();
        assertThat(records.of(1L)).isPresent();
        assertThat(records.reporters(CustomerKey.of("acme"))).containsExactly("ann");
        recorder.forget(1L);
        assertThat(records.of(1L)).isEmpty();
    }

    @Test
    void anIssueOutsideTheServiceDeskIsNotReadUnlessTheAppAlreadyKeepsIt() {
        Issue story = issue(2L, "DEV-2", null);
        assertThat(recorder.refresh(story)).isFalse();
        verify(reader, never()).read(any(), any());
        assertThat(records.of(2L)).isEmpty();

        recorder.record(story); // a post-function on its workflow evaluated it once
        assertThat(recorder.refresh(story)).isTrue();
    }
}
