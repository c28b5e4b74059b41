package io.retentiondesk.jira.policy;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.google.gson.Gson;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who changed the policy, when, and each setting before and after: the last 50 changes in plugin settings (shown
 * on the admin page) and every change in Jira's audit log.
 */
@Named
public class PolicyAudit {
    static final String KEY = "io.retentiondesk.policy.audit";
    static final int KEPT = 50;
    private static final Gson GSON = new Gson();

    private final PluginSettingsFactory settings;
    private final AuditService audit;
    private final Clock clock;

    @Inject
    public PolicyAudit(@ComponentImport PluginSettingsFactory settings, @ComponentImport AuditService audit) {
        this(settings, audit, Clock.systemUTC());
    }

    PolicyAudit(PluginSettingsFactory settings, AuditService audit, Clock clock) {
        this.settings = Objects.requireNonNull(settings);
        this.audit = Objects.requireNonNull(audit);
        this.clock = clock;
    }

    /** One change of one setting. */
    public record Change(String setting, String before, String after) {
    }

    /** One saved policy: who saved it, when (ISO instant), what changed. */
    public record Entry(String who, String when, List<Change> changes) {
    }

    public void record(String who, String beforeJson, String afterJson) {
        List<Change> changes = diff(beforeJson, afterJson);
        AuditEvent.Builder event = AuditEvent.fromI18nKeys("retention.audit.category", "retention.audit.policySaved",
                CoverageLevel.BASE, CoverageArea.GLOBAL_CONFIG_AND_ADMINISTRATION);
        for (Change c : changes) {
            event.changedValue(ChangedValue.fromI18nKeys(c.setting()).from(c.before()).to(c.after()).build());
        }
        audit.audit(event.build());
        List<Entry> kept = new ArrayList<>(history());
        kept.add(0, new Entry(who, clock.instant().toString(), changes));
        settings.createGlobalSettings().put(KEY, GSON.toJson(kept.subList(0, Math.min(KEPT, kept.size()))));
    }

    /** Newest first. */
    public List<Entry> history() {
        Object stored = settings.createGlobalSettings().get(KEY);
        if (stored == null) {
            return List.of();
        }
        return List.of(GSON.fromJson(stored.toString(), Entry[].class));
    }

    static List<Change> diff(String beforeJson, String afterJson) {
        Map<String, String> before = PolicyLeaves.of(beforeJson);
        Map<String, String> after = PolicyLeaves.of(afterJson);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                changes.add(new Change(e.getKey(), before.get(e.getKey()), e.getValue()));
            }
        }
        for (String gone : before.keySet()) {
            if (!after.containsKey(gone)) {
                changes.add(new Change(gone, before.get(gone), null));
            }
        }
        return changes;
    }
}
