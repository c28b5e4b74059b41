package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where the app's fields apply: for each project and each of its issue types, the fields of each app type whose
 * context covers it, asked of Jira exactly as {@link RetentionFieldWriter} finds a field for an issue there (so what
 * the setup check says is what a transition will do). For the three callback fields, an ordinary field under the
 * documented name (made by hand before this release) is noted too, since it is read when no field of the type
 * applies. One question per project and issue type; nothing searches issues.
 */
@Named
public class FieldScopes {
    private final CustomFieldManager customFields;

    @Inject
    public FieldScopes(@ComponentImport CustomFieldManager customFields) {
        this.customFields = Objects.requireNonNull(customFields);
    }

    /** A project and one of its issue types, with what the setup check names them by. */
    public record Place(Long projectId, String projectKey, String issueTypeId, String issueTypeName) {
        @Override
        public String toString() {
            return projectKey + " (" + issueTypeName + ")";
        }
    }

    /** Where one app field applies: per place, its fields of the app's type, and a hand-made one by name. */
    public record Coverage(RetentionField field, Map<Place, List<CustomField>> typed, Map<Place, CustomField> byName) {
        /** Places where two or more fields of the type apply: nothing is written there. */
        public List<Place> ambiguous() {
            return typed.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        }

        /** Places where neither a field of the type nor (for a callback field) a hand-made one applies. */
        public List<Place> missing() {
            return typed.entrySet().stream().filter(e -> e.getValue().isEmpty() && !byName.containsKey(e.getKey()))
                    .map(Map.Entry::getKey).toList();
        }

        /** Places served by a hand-made field under the documented name (no field of the type applies there). */
        public List<Place> servedByName() {
            return typed.entrySet().stream().filter(e -> e.getValue().isEmpty() && byName.containsKey(e.getKey()))
                    .map(Map.Entry::getKey).toList();
        }

        /** Whether some field serves some issue type of the project: the set-up then leaves the project alone. */
        public boolean presentIn(Long projectId) {
            return typed.entrySet().stream().anyMatch(e -> e.getKey().projectId().equals(projectId)
                    && (!e.getValue().isEmpty() || byName.containsKey(e.getKey())));
        }

        /** The keys of the projects with a missing place, in order, each once. */
        public List<String> projectsMissing() {
            Set<String> keys = new LinkedHashSet<>();
            missing().forEach(p -> keys.add(p.projectKey()));
            return List.copyOf(keys);
        }
    }

    /** Every app field's coverage of the projects' issue types. */
    public Map<RetentionField, Coverage> of(List<Project> projects) {
        Map<RetentionField, Map<Place, List<CustomField>>> typed = new EnumMap<>(RetentionField.class);
        Map<RetentionField, Map<Place, CustomField>> byName = new EnumMap<>(RetentionField.class);
        for (RetentionField f : RetentionField.values()) {
            typed.put(f, new LinkedHashMap<>());
            byName.put(f, new LinkedHashMap<>());
        }
        for (Project project : projects) {
            for (IssueType issueType : project.getIssueTypes()) {
                Place place = new Place(project.getId(), project.getKey(), issueType.getId(), issueType.getName());
                typed.values().forEach(m -> m.put(place, new ArrayList<>()));
                for (CustomField cf : customFields.getCustomFieldObjects(project.getId(), issueType.getId())) {
                    CustomFieldType<?, ?> type = cf.getCustomFieldType(); // null when the type's app is disabled
                    RetentionField.ofTypeKey(type == null ? null : type.getKey())
                            .ifPresent(f -> typed.get(f).get(place).add(cf));
                    if (CallbackInput.handMade(cf)) {
                        for (RetentionField f : RetentionField.values()) {
                            if (f.enteredByAgent() && f.fieldName().equals(cf.getUntranslatedName())) {
                                byName.get(f).putIfAbsent(place, cf);
                            }
                        }
                    }
                }
            }
        }
        Map<RetentionField, Coverage> out = new EnumMap<>(RetentionField.class);
        for (RetentionField f : RetentionField.values()) {
            out.put(f, new Coverage(f, typed.get(f), byName.get(f)));
        }
        return out;
    }
}
