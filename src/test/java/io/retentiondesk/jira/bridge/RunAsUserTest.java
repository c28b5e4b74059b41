package io.retentiondesk.jira.bridge;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.RunAsUserStore;
import io.retentiondesk.testing.RecordingLogger;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RunAsUserTest {
    private final RunAsUserStore store = new RunAsUserStore(MapPluginSettings.over(new HashMap<>()));
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final ApplicationUser bot = mock(ApplicationUser.class);
    private final FakeAuthentication authentication = new FakeAuthentication(agent);
    private final RecordingLogger log = new RecordingLogger();
    private final RunAsUser runAs = new RunAsUser(store, users, authentication, log);

    @Test
    void slasAreReadAsTheChosenUserWhoeverIsLoggedInAndAsTheLoggedInUserWhenNoneIsChosen() {
        assertThat(runAs.slaReader()).isSameAs(agent);
        choose();
        assertThat(runAs.slaReader()).isSameAs(bot);
        authentication.setLoggedInUser(null);
        assertThat(runAs.slaReader()).isSameAs(bot);
    }

    @Test
    void workRunsAsTheChosenUserAndWhoeverWasLoggedInIsPutBackAlsoAfterAFailure() {
        choose();
        List<ApplicationUser> during = new ArrayList<>();
        assertThat(runAs.call(() -> during.add(authentication.getLoggedInUser()))).isTrue();
        assertThat(authentication.getLoggedInUser()).isSameAs(agent);
        assertThatThrownBy(() -> runAs.call(() -> {
            during.add(authentication.getLoggedInUser());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(during).containsExactly(bot, bot);
        assertThat(authentication.getLoggedInUser()).isSameAs(agent);
        assertThat(authentication.set).containsExactly(bot, agent, bot, agent);
    }

    @Test
    void withoutAChosenUserWorkRunsAsItIsAndNobodyIsLoggedInOnItsBehalf() {
        authentication.setLoggedInUser(null);
        authentication.set.clear();
        assertThat(runAs.call(authentication::getLoggedInUser)).isNull();
        assertThat(authentication.set).isEmpty();
    }

    @Test
    void aChosenUserWhoIsGoneOrInactiveCountsAsNoneAndIsLoggedOnceNotOnEveryRead() {
        store.save("JIRAUSER50");
        assertThat(runAs.configured()).isEmpty();
        assertThat(runAs.slaReader()).isSameAs(agent);
        when(users.getUserByKey("JIRAUSER50")).thenReturn(bot);
        when(bot.isActive()).thenReturn(false);
        assertThat(runAs.configured()).isEmpty();
        assertThat(log.at(Level.WARN)).hasSize(1).allMatch(l -> l.contains("no longer exists or is inactive"));
        when(bot.isActive()).thenReturn(true);
        assertThat(runAs.configured()).contains(bot);
        when(bot.isActive()).thenReturn(false);
        runAs.configured();
        assertThat(log.at(Level.WARN)).as("warned again once it is gone again").hasSize(2);
    }

    private void choose() {
        store.save("JIRAUSER50");
        when(users.getUserByKey("JIRAUSER50")).thenReturn(bot);
        when(bot.isActive()).thenReturn(true);
    }
}
