package io.retentiondesk.jira.customfield;

import com.atlassian.jira.project.Project;
import io.retentiondesk.jira.setup.CheckedProjects;
import io.retentiondesk.jira.setup.JiraScreens;
import io.retentiondesk.jira.setup.SetupCheckPart;
import io.retentiondesk.jira.setup.SetupLine;
import io.retentiondesk.jira.setup.SetupState;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The setup check's lines for the app's twelve fields, in the service projects they are for ({@link CheckedProjects}):
 * per field one line, <i>AMBIGUOUS</i> where two fields of its type apply to one project and issue type (nothing is
 * written there), else <i>MISSING</i> where none does, else <i>INFO</i> where a callback field is read from the field
 * made by hand under its documented name, else <i>OK</i>; and a <i>FAILING</i> line for each field whose writes found
 * no field since this node started ({@link FieldFindings}). What it says is what a transition does: it asks Jira the
 * same question the writer asks for an issue, per project and issue type.
 */
@Named
public class FieldSetupCheck implements SetupCheckPart {
    /** Where the admin fixes a field's context or removes a duplicate. */
    static final String CUSTOM_FIELDS = JiraScreens.CUSTOM_FIELDS;
    /** Where <i>Set up fields</i> is. */
    static final String SET_UP = JiraScreens.adminPage("rd-fields");
    static final int LISTED = 10;

    private final CheckedProjects projects;
    private final FieldScopes scopes;
    private final FieldFindings findings;

    @Inject
    public FieldSetupCheck(CheckedProjects projects, FieldScopes scopes, FieldFindings findings) {
        this.projects = Objects.requireNonNull(projects);
        this.scopes = Objects.requireNonNull(scopes);
        this.findings = Objects.requireNonNull(findings);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<SetupLine> lines() {
        List<Project> checked = projects.projects();
        List<SetupLine> lines = new ArrayList<>();
        if (checked.isEmpty()) {
            lines.add(new SetupLine("retention.setup.fields.projects", SetupState.MISSING,
                    "retention.setup.fields.projects.none", List.of(), null));
            return lines;
        }
        String keys = shortList(checked.stream().map(Project::getKey).toList());
        lines.add(new SetupLine("retention.setup.fields.projects", SetupState.INFO, projects.choiceMade()
                ? "retention.setup.fields.projects.chosen" : "retention.setup.fields.projects.all", List.of(keys), SET_UP));
        Map<RetentionField, FieldScopes.Coverage> coverage = scopes.of(checked);
        for (RetentionField field : RetentionField.values()) {
            lines.add(line(field, coverage.get(field), checked.size()));
        }
        lines.addAll(lostWrites(checked));
        return lines;
    }

    private static SetupLine line(RetentionField field, FieldScopes.Coverage c, int projectCount) {
        if (!c.ambiguous().isEmpty()) {
            return new SetupLine(field.nameKey(), SetupState.AMBIGUOUS, "retention.setup.fields.ambiguous",
                    List.of(places(c.ambiguous())), CUSTOM_FIELDS);
        }
        if (!c.missing().isEmpty()) {
            // a project lacking it for every issue type is what Set up fields creates; some issue types only, its context
            List<String> whole = c.projectsMissing().stream().filter(key -> c.typed().keySet().stream()
                    .filter(p -> p.projectKey().equals(key)).allMatch(c.missing()::contains)).toList();
            return whole.isEmpty()
                    ? new SetupLine(field.nameKey(), SetupState.MISSING, "retention.setup.fields.missingTypes",
                            List.of(places(c.missing())), CUSTOM_FIELDS)
                    : new SetupLine(field.nameKey(), SetupState.MISSING, "retention.setup.fields.missing",
                            List.of(shortList(whole)), SET_UP);
        }
        if (!c.servedByName().isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            c.servedByName().forEach(p -> keys.add(p.projectKey()));
            return new SetupLine(field.nameKey(), SetupState.INFO, "retention.setup.fields.byName",
                    List.of(field.fieldName(), shortList(List.copyOf(keys))), CUSTOM_FIELDS);
        }
        return new SetupLine(field.nameKey(), SetupState.OK, "retention.setup.fields.ok",
                List.of(Integer.toString(projectCount)), null);
    }

    /** One FAILING line per field whose writes found no single field, with the places (projects by key where known). */
    private List<SetupLine> lostWrites(List<Project> checked) {
        Map<Long, String> keyById = new HashMap<>();
        checked.forEach(p -> keyById.put(p.getId(), p.getKey()));
        projects.serviceProjects().forEach(p -> keyById.putIfAbsent(p.getId(), p.getKey()));
        Map<RetentionField, long[]> counts = new java.util.EnumMap<>(RetentionField.class);
        Map<RetentionField, Set<String>> where = new java.util.EnumMap<>(RetentionField.class);
        findings.counts().forEach((place, n) -> {
            long[] c = counts.computeIfAbsent(place.field(), f -> new long[2]);
            c[0] += n;
            if (place.ambiguous()) {
                c[1] += n;
            }
            where.computeIfAbsent(place.field(), f -> new java.util.TreeSet<>())
                    .add(keyById.getOrDefault(place.projectId(), String.valueOf(place.projectId())));
        });
        List<SetupLine> lines = new ArrayList<>();
        for (RetentionField field : RetentionField.values()) {
            long[] c = counts.get(field);
            if (c != null) {
                lines.add(new SetupLine(field.nameKey(), SetupState.FAILING, "retention.setup.fields.lost",
                        List.of(Long.toString(c[0]), Long.toString(c[1]), shortList(List.copyOf(where.get(field)))),
                        CUSTOM_FIELDS));
            }
        }
        return lines;
    }

    private static String places(List<FieldScopes.Place> places) {
        return shortList(places.stream().map(FieldScopes.Place::toString).toList());
    }

    /** At most {@value #LISTED} names, then how many more: a setup line stays readable on a large instance. */
    public static String shortList(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() <= LISTED ? shown : shown + ", … (+" + (names.size() - LISTED) + ")";
    }
}
