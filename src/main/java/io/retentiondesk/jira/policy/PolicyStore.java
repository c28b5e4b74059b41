package io.retentiondesk.jira.policy;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyException;
import io.retentiondesk.core.policy.PolicyParser;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * The policy in Jira's plugin settings (SPEC §7, §8): one JSON document and a version number that rises with
 * every accepted change. A rejected document leaves the stored one in place.
 */
@Named
public class PolicyStore {
    static final String POLICY_KEY = "io.retentiondesk.retention-desk:policy";
    static final String VERSION_KEY = "io.retentiondesk.retention-desk:policy.version";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PolicyStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory);
    }

    /** The stored policy, or the shipped defaults when none has been saved. */
    public Policy current() {
        Object json = settings().get(POLICY_KEY);
        return json == null ? Policy.defaults() : PolicyParser.parse(json.toString());
    }

    /** The stored document as an administrator edits it. */
    public String currentJson() {
        Object json = settings().get(POLICY_KEY);
        return json == null ? Policy.defaultJson() : json.toString();
    }

    /** How many changes were accepted so far (0: the defaults). */
    public long version() {
        Object v = settings().get(VERSION_KEY);
        return v == null ? 0 : Long.parseLong(v.toString());
    }

    /**
     * Validates and stores a new document.
     *
     * @throws PolicyException naming every bad field; nothing is stored then
     */
    public Policy save(String json) {
        Policy policy = PolicyParser.parse(json);
        PluginSettings s = settings();
        s.put(POLICY_KEY, json);
        s.put(VERSION_KEY, Long.toString(version() + 1));
        return policy;
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
