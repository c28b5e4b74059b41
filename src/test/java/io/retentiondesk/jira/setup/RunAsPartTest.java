package io.retentiondesk.jira.setup;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.RunAsUserStore;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RunAsPartTest {
    private final RunAsUserStore store = new RunAsUserStore(MapPluginSettings.over(new HashMap<>()));
    private final UserManager users = mock(UserManager.class);
    private final RunAsPart part = new RunAsPart(store, users);
    private final Bundle en = Bundle.of(Locale.ENGLISH);

    private SetupLine line() {
        return part.lines().get(0);
    }

    @Test
    void noneChosenIsMissing() {
        assertThat(line().state()).isEqualTo(SetupState.MISSING);
        assertThat(line().fixPath()).isEqualTo("/plugins/servlet/retention-desk/admin#rd-runas");
    }

    @Test
    void aChosenUserWhoIsGoneOrInactiveIsFailingByKey() {
        store.save("JIRAUSER50");
        assertThat(line().state()).isEqualTo(SetupState.FAILING);
        ApplicationUser inactive = mock(ApplicationUser.class);
        when(users.getUserByKey("JIRAUSER50")).thenReturn(inactive);
        assertThat(line().state()).isEqualTo(SetupState.FAILING);
        assertThat(en.text(line().messageKey(), line().arguments().toArray()))
                .isEqualTo("The chosen user (key JIRAUSER50) no longer exists or is inactive: choose another.");
    }

    @Test
    void anActiveChosenUserIsShownByNameAndUsername() {
        store.save("JIRAUSER50");
        ApplicationUser bot = mock(ApplicationUser.class);
        when(bot.isActive()).thenReturn(true);
        when(bot.getDisplayName()).thenReturn("Retention bot");
        when(bot.getUsername()).thenReturn("retention-bot");
        when(users.getUserByKey("JIRAUSER50")).thenReturn(bot);
        assertThat(line().state()).isEqualTo(SetupState.INFO);
        assertThat(en.text(line().messageKey(), line().arguments().toArray())).isEqualTo("Retention bot (retention-bot).");
    }
}
