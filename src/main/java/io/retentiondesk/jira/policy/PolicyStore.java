package io.retentiondesk.jira.policy;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyException;
import io.retentiondesk.core.policy.PolicyParser;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * The policy in Jira's plugin settings (SPEC §7, §8): one JSON document and a version number that rises with
 * every accepted change. A rejected document leaves the stored one in place. The parsed policy and its engine are
 * kept for as long as the stored document is the same text, so a post-function, panel view or customer of the
 * nightly job parses nothing; comparing the text (not the version) also sees a change saved on another node.
 * Saves are one at a time across the cluster, so two admins on two nodes never get the same version number and a
 * calibration applied "on the policy it was fitted on" cannot overwrite a change saved a moment before.
 */
@Named
public class PolicyStore {
    static final String POLICY_KEY = "io.retentiondesk.retention-desk:policy";
    static final String VERSION_KEY = "io.retentiondesk.retention-desk:policy.version";

    static final String SAVE_LOCK = "io.retentiondesk.policy.save";

    private final PluginSettingsFactory settingsFactory;
    private final ClusterLockService locks;

    @Inject
    public PolicyStore(@ComponentImport PluginSettingsFactory settingsFactory,
                       @ComponentImport ClusterLockService locks) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory);
        this.locks = Objects.requireNonNull(locks);
    }

    private volatile Loaded loaded;

    private record Loaded(String json, CustomerAssessment assessment) {
    }

    /** The stored policy, or the shipped defaults when none has been saved. */
    public Policy current() {
        return engine().policy();
    }

    /** The engine of the stored policy: built once per document, immutable and shared by all threads. */
    public RetentionEngine engine() {
        return assessment().engine();
    }

    /** The customer assessment of the stored policy, built with its engine. */
    public CustomerAssessment assessment() {
        String json = currentJson();
        Loaded l = loaded;
        if (l == null || !l.json().equals(json)) {
            // a stored document was valid when saved; parsing it again can only fail if the parser got stricter
            l = new Loaded(json, new CustomerAssessment(new RetentionEngine(PolicyParser.parse(json))));
            loaded = l;
        }
        return l.assessment();
    }

    /** The stored document as an administrator edits it. */
    public String currentJson() {
        Object json = settings().get(POLICY_KEY);
        return json == null ? DEFAULT_JSON : json.toString();
    }

    private static final String DEFAULT_JSON = Policy.defaultJson();

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
        ClusterLock lock = locks.getLockForName(SAVE_LOCK);
        lock.lock();
        try {
            store(json);
        } finally {
            lock.unlock();
        }
        return policy;
    }

    /**
     * Validates and stores a new document only while version {@code expected} is the one stored.
     *
     * @return false, storing nothing, when another change was saved since
     * @throws PolicyException naming every bad field; nothing is stored then
     */
    public boolean saveIf(long expected, String json) {
        PolicyParser.parse(json);
        ClusterLock lock = locks.getLockForName(SAVE_LOCK);
        lock.lock();
        try {
            if (version() != expected) {
                return false;
            }
            store(json);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void store(String json) {
        PluginSettings s = settings();
        s.put(POLICY_KEY, json);
        s.put(VERSION_KEY, Long.toString(version() + 1));
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
