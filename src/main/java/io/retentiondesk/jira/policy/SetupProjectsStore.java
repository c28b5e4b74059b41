package io.retentiondesk.jira.policy;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The service projects an administrator chose at <i>Set up fields</i>, kept in plugin settings by project id (an
 * id survives a rename), so the setup check looks where the fields were meant to be. Empty until the first set-up.
 */
@Named
public class SetupProjectsStore {
    static final String KEY = "io.retentiondesk.retention-desk:setup.project-ids";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public SetupProjectsStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory);
    }

    /** The chosen project ids in the order chosen; empty when none was ever chosen (or the text is unreadable). */
    public Optional<List<Long>> projectIds() {
        Object stored = settingsFactory.createGlobalSettings().get(KEY);
        if (stored == null || stored.toString().isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : stored.toString().split(",")) {
            try {
                ids.add(Long.valueOf(part.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty(); // not written by this class: as if never chosen
            }
        }
        return Optional.of(List.copyOf(ids));
    }

    /** Keeps the choice as text ("10000,10100"), the form every SAL settings store holds. */
    public void save(List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            throw new IllegalArgumentException("at least one project id is required");
        }
        StringBuilder text = new StringBuilder();
        for (Long id : projectIds) {
            text.append(text.isEmpty() ? "" : ",").append(Objects.requireNonNull(id, "project id"));
        }
        settingsFactory.createGlobalSettings().put(KEY, text.toString());
    }
}
