package io.retentiondesk.jira.bridge;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.RunAsUserStore;

import java.util.HashMap;
import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Real {@link RunAsUser}s over plugin settings in a map and a mocked Jira user manager, for tests elsewhere. */
public final class RunAsUsers {
    private RunAsUsers() {
    }

    /** No run-as user chosen. */
    public static RunAsUser none(JiraAuthenticationContext authentication) {
        return new RunAsUser(new RunAsUserStore(MapPluginSettings.over(new HashMap<>())), mock(UserManager.class),
                authentication);
    }

    /** {@code user} (active, key {@code JIRAUSER-RUNAS}) chosen as the run-as user. */
    public static RunAsUser chosen(ApplicationUser user, JiraAuthenticationContext authentication) {
        Map<String, Object> settings = new HashMap<>();
        RunAsUserStore store = new RunAsUserStore(MapPluginSettings.over(settings));
        store.save("JIRAUSER-RUNAS");
        UserManager users = mock(UserManager.class);
        when(user.isActive()).thenReturn(true);
        when(users.getUserByKey("JIRAUSER-RUNAS")).thenReturn(user);
        return new RunAsUser(store, users, authentication);
    }
}
