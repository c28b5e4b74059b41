package io.retentiondesk.jira.policy;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SetupProjectsStoreTest {
    private final Map<String, Object> settings = new HashMap<>();
    private final SetupProjectsStore store = new SetupProjectsStore(MapPluginSettings.over(settings));

    @Test
    void theChoiceIsKeptAsTextInTheOrderChosen() {
        assertThat(store.projectIds()).isEmpty();
        store.save(List.of(10100L, 10000L));
        assertThat(settings).containsEntry(SetupProjectsStore.KEY, "10100,10000");
        assertThat(store.projectIds()).contains(List.of(10100L, 10000L));
    }

    @Test
    void anEmptyChoiceIsRefusedAndTextThisClassDidNotWriteReadsAsNoChoice() {
        assertThatThrownBy(() -> store.save(List.of())).isInstanceOf(IllegalArgumentException.class);
        settings.put(SetupProjectsStore.KEY, "10000,SUP");
        assertThat(store.projectIds()).isEmpty();
    }
}
