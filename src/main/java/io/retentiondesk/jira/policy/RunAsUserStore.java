package io.retentiondesk.jira.policy;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;
import java.util.Optional;

/**
 * The run-as user an administrator chose on the admin page, kept in plugin settings by Jira user key (a key
 * survives a rename). Only the key is kept; who it is and whether it may still browse is looked up when used.
 */
@Named
public class RunAsUserStore {
    static final String KEY = "io.retentiondesk.retention-desk:run-as.user-key";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public RunAsUserStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory);
    }

    /** The chosen user's key, empty when none is set. */
    public Optional<String> userKey() {
        Object key = settingsFactory.createGlobalSettings().get(KEY);
        return key == null || key.toString().isBlank() ? Optional.empty() : Optional.of(key.toString());
    }

    public void save(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("a user key is required; use clear() to unset");
        }
        settingsFactory.createGlobalSettings().put(KEY, userKey);
    }

    public void clear() {
        settingsFactory.createGlobalSettings().remove(KEY);
    }
}
