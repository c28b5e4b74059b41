package io.retentiondesk.jira.policy;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PolicyStoreTest {
    private final Map<String, Object> stored = new HashMap<>();
    private final PolicyStore store = new PolicyStore(settings(), new io.retentiondesk.jira.job.SharedLocks());

    private PluginSettingsFactory settings() {
        PluginSettings s = new PluginSettings() {
            @Override
            public Object get(String key) {
                return stored.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return stored.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return stored.remove(key);
            }
        };
        PluginSettingsFactory f = mock(PluginSettingsFactory.class);
        when(f.createGlobalSettings()).thenReturn(s);
        return f;
    }

    @Test
    void defaultsUntilAChangeIsSavedThenVersioned() {
        assertThat(store.current()).isEqualTo(Policy.defaults());
        assertThat(store.version()).isZero();
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.getAsJsonObject("risk").addProperty("halfLifeDays", 30);
        store.save(doc.toString());
        assertThat(store.current().risk().halfLifeDays()).isEqualTo(30);
        assertThat(store.version()).isEqualTo(1);
    }

    @Test
    void aBadPolicyIsRejectedWholeAndTheOldOneStays() {
        JsonObject good = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        good.getAsJsonObject("risk").addProperty("halfLifeDays", 30);
        store.save(good.toString());
        JsonObject bad = good.deepCopy();
        bad.getAsJsonObject("risk").addProperty("halfLifeDays", -1);
        bad.getAsJsonObject("risk").addProperty("windowDays", 30);
        assertThatThrownBy(() -> store.save(bad.toString())).isInstanceOf(PolicyException.class)
                .hasMessageContaining("risk.halfLifeDays");
        assertThat(store.current().risk().halfLifeDays()).isEqualTo(30);
        assertThat(store.current().risk().windowDays()).isEqualTo(180);
        assertThat(store.version()).isEqualTo(1);
    }

    @Test
    void theEngineIsBuiltOncePerDocumentAndRebuiltWhenAnotherNodeSavesOne() {
        var first = store.engine();
        assertThat(store.engine()).isSameAs(first);
        assertThat(store.current()).isSameAs(first.policy());
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.getAsJsonObject("risk").addProperty("halfLifeDays", 45);
        // written straight to the shared settings, as a save on another node would be
        stored.put(PolicyStore.POLICY_KEY, doc.toString());
        var second = store.engine();
        assertThat(second).isNotSameAs(first);
        assertThat(second.policy().risk().halfLifeDays()).isEqualTo(45);
        assertThat(store.engine()).isSameAs(second);
    }

    @Test
    void saveIfStoresOnlyOnTheVersionItWasGivenAndABadDocumentNever() {
        String changed = Policy.defaultJson().replace("\"halfLifeDays\": 45", "\"halfLifeDays\": 30");
        assertThat(store.saveIf(1, changed)).isFalse();
        assertThat(store.version()).isZero();
        assertThat(store.saveIf(0, changed)).isTrue();
        assertThat(store.version()).isEqualTo(1);
        assertThat(store.currentJson()).isEqualTo(changed);
        assertThatThrownBy(() -> store.saveIf(1, "{\"version\": \"x\"}"))
                .isInstanceOf(io.retentiondesk.core.policy.PolicyException.class);
        assertThat(store.version()).isEqualTo(1);
    }
}
