package io.retentiondesk.jira.adminpage;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.panel.PanelSamples;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.RunAsUserStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class RunAsSectionTest {
    private final RunAsUserStore store = new RunAsUserStore(MapPluginSettings.over(new HashMap<>()));
    private final UserManager users = mock(UserManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final io.retentiondesk.jira.ao.TicketLinks links = mock(io.retentiondesk.jira.ao.TicketLinks.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final RunAsSection section = new RunAsSection(store, users, permissions, links, issues,
            Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC));

    @Test
    void beforeAnyTicketIsAssessedAUserIsKeptAndThePageSaysWhatCouldNotBeChecked() {
        ApplicationUser bot = mock(ApplicationUser.class);
        when(bot.getKey()).thenReturn("JIRAUSER50");
        when(bot.isActive()).thenReturn(true);
        when(users.getUserByName("retention-bot")).thenReturn(bot);
        when(links.ticketsCreatedSince(any(), org.mockito.ArgumentMatchers.anyInt())).thenReturn(List.of());
        RunAsSection.Result r = section.choose("retention-bot", PanelSamples.texts(Locale.ENGLISH));
        assertThat(r.saved()).isTrue();
        assertThat(r.message()).isEqualTo("Run-as user saved: retention-bot. No ticket has been assessed in the last"
                + " 6 months, so which service projects retention-bot can browse could not be checked yet.");
        assertThat(store.userKey()).contains("JIRAUSER50");
        verifyNoInteractions(permissions);
    }

    @Test
    void theChoiceInWordsInEitherLanguage() {
        assertThat(section.context(PanelSamples.texts(Locale.ENGLISH)).get("runAsLine"))
                .isEqualTo("Now: none chosen; the nightly job skips the steps that read tickets.");
        store.save("JIRAUSER77");
        assertThat((String) section.context(PanelSamples.texts(Locale.SIMPLIFIED_CHINESE)).get("runAsLine"))
                .isEqualTo("当前：所选用户（键 JIRAUSER77）已不存在或已停用；请另选一个。");
    }
}
