package io.retentiondesk.jira.policy;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunAsUserStoreTest {
    private final Map<String, Object> settings = new HashMap<>();
    private final RunAsUserStore store = new RunAsUserStore(MapPluginSettings.over(settings));

    @Test
    void keepsOnlyTheUsersKeyInGlobalPluginSettingsUntilCleared() {
        assertThat(store.userKey()).isEmpty();
        store.save("JIRAUSER50");
        assertThat(store.userKey()).contains("JIRAUSER50");
        assertThat(settings).containsExactly(Map.entry(RunAsUserStore.KEY, "JIRAUSER50"));
        store.clear();
        assertThat(store.userKey()).isEmpty();
        assertThat(settings).isEmpty();
    }

    @Test
    void aBlankKeyIsNoUser() {
        settings.put(RunAsUserStore.KEY, " ");
        assertThat(store.userKey()).isEmpty();
        assertThatThrownBy(() -> store.save("")).isInstanceOf(IllegalArgumentException.class);
    }
}
