package io.retentiondesk.jira.policy;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** SAL's global plugin settings over a map, for tests of what the app keeps there. */
public final class MapPluginSettings {
    private MapPluginSettings() {
    }

    public static PluginSettingsFactory over(Map<String, Object> stored) {
        PluginSettings s = mock(PluginSettings.class);
        when(s.get(anyString())).thenAnswer(a -> stored.get(a.<String>getArgument(0)));
        when(s.put(anyString(), any())).thenAnswer(a -> stored.put(a.getArgument(0), a.getArgument(1)));
        when(s.remove(anyString())).thenAnswer(a -> stored.remove(a.<String>getArgument(0)));
        PluginSettingsFactory f = mock(PluginSettingsFactory.class);
        when(f.createGlobalSettings()).thenReturn(s);
        return f;
    }
}
