package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.policy.ExportField;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.jira.setup.CheckedProjects;
import io.retentiondesk.jira.setup.JiraScreens;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.setup.SetupCheckPart;
import io.retentiondesk.jira.setup.SetupLine;
import io.retentiondesk.jira.setup.SetupState;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The setup check's lines for the Jira Service Management fields the app reads, in the service projects its fields
 * are for: organizations, request participants, satisfaction and its date, found as {@link JsmServiceFields} finds
 * them for an issue (by type, else by the policy's {@code fields}); and the two SLAs the policy names (first response,
 * resolution), JSM's SLA fields under those names. A missing one is not an error of the app: the ticket is read
 * without it, and the line says what that changes.
 */
@Named
public class JsmFieldCheck implements SetupCheckPart {
    static final String CUSTOM_FIELDS = JiraScreens.CUSTOM_FIELDS;
    private static final Map<ExportField, String> TITLES = new EnumMap<>(Map.of(
            ExportField.ORGANIZATIONS, "retention.setup.jsm.organizations",
            ExportField.REQUEST_PARTICIPANTS, "retention.setup.jsm.participants",
            ExportField.SATISFACTION, "retention.setup.jsm.satisfaction",
            ExportField.SATISFACTION_DATE, "retention.setup.jsm.satisfactionDate"));

    private final CustomFieldManager customFields;
    private final CheckedProjects projects;
    private final PolicyStore policies;

    @Inject
    public JsmFieldCheck(@ComponentImport CustomFieldManager customFields, CheckedProjects projects,
                         PolicyStore policies) {
        this.customFields = Objects.requireNonNull(customFields);
        this.projects = Objects.requireNonNull(projects);
        this.policies = Objects.requireNonNull(policies);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<SetupLine> lines() {
        List<Project> checked = projects.projects();
        if (checked.isEmpty()) {
            return List.of(); // the app's field lines already say there is no service project
        }
        Policy policy = policies.current();
        Map<ExportField, Set<String>> missing = new EnumMap<>(ExportField.class);
        Map<ExportField, Set<String>> byPolicy = new EnumMap<>(ExportField.class);
        Map<ExportField, Set<String>> byPolicyAs = new EnumMap<>(ExportField.class);
        Map<ExportField, Set<String>> ambiguous = new EnumMap<>(ExportField.class);
        Map<ExportField, Set<String>> readAs = new EnumMap<>(ExportField.class);
        String firstResponse = policy.satisfaction().firstResponseSla();
        String resolution = policy.satisfaction().resolutionSla();
        Set<String> noFirstResponse = new LinkedHashSet<>();
        Set<String> noResolution = new LinkedHashSet<>();
        for (ExportField f : JsmServiceFields.READ) {
            missing.put(f, new LinkedHashSet<>());
            byPolicy.put(f, new LinkedHashSet<>());
            byPolicyAs.put(f, new LinkedHashSet<>());
            ambiguous.put(f, new LinkedHashSet<>());
            readAs.put(f, new LinkedHashSet<>());
        }
        for (Project project : checked) {
            for (IssueType issueType : project.getIssueTypes()) {
                String place = project.getKey() + " (" + issueType.getName() + ")";
                List<CustomField> applicable = customFields.getCustomFieldObjects(project.getId(), issueType.getId());
                Map<ExportField, JsmServiceFields.Found> found = JsmServiceFields.lookup(applicable, policy.fields());
                for (ExportField f : JsmServiceFields.READ) {
                    JsmServiceFields.Found hit = found.get(f);
                    if (hit == null) {
                        missing.get(f).add(place);
                    } else if (!hit.byType()) {
                        byPolicy.get(f).add(place);
                        byPolicyAs.get(f).add(hit.field().getId());
                    } else if (hit.others() > 0) {
                        ambiguous.get(f).add(place);
                        readAs.get(f).add(hit.field().getId());
                    }
                }
                if (!hasSla(applicable, firstResponse)) {
                    noFirstResponse.add(project.getKey());
                }
                if (!hasSla(applicable, resolution)) {
                    noResolution.add(project.getKey());
                }
            }
        }
        List<SetupLine> lines = new ArrayList<>();
        String count = Integer.toString(checked.size());
        for (ExportField f : JsmServiceFields.READ) {
            String title = TITLES.get(f);
            if (!missing.get(f).isEmpty()) {
                lines.add(new SetupLine(title, SetupState.MISSING, "retention.setup.jsm.missing",
                        List.of(f.typeKey(), shortList(missing.get(f))), CUSTOM_FIELDS));
            } else if (!ambiguous.get(f).isEmpty()) {
                lines.add(new SetupLine(title, SetupState.AMBIGUOUS, "retention.setup.jsm.ambiguous", List.of(
                        f.typeKey(), shortList(ambiguous.get(f)), String.join(", ", readAs.get(f))), CUSTOM_FIELDS));
            } else if (!byPolicy.get(f).isEmpty()) {
                lines.add(new SetupLine(title, SetupState.INFO, "retention.setup.jsm.byPolicy", List.of(
                        shortList(byPolicy.get(f)), f.jsonName(), String.join(", ", byPolicyAs.get(f)), f.typeKey()),
                        CUSTOM_FIELDS));
            } else {
                lines.add(new SetupLine(title, SetupState.OK, "retention.setup.jsm.ok", List.of(count), null));
            }
        }
        lines.add(sla("retention.setup.jsm.firstResponseSla", firstResponse, noFirstResponse,
                "satisfaction.firstResponseSla", count));
        lines.add(sla("retention.setup.jsm.resolutionSla", resolution, noResolution, "satisfaction.resolutionSla",
                count));
        return lines;
    }

    /** An SLA is configured per service project in JSM's own settings: no one Jira screen fixes it. */
    private static SetupLine sla(String title, String name, Set<String> lacking, String policyPath, String count) {
        return lacking.isEmpty()
                ? new SetupLine(title, SetupState.OK, "retention.setup.jsm.slaOk", List.of(name, count), null)
                : new SetupLine(title, SetupState.MISSING, "retention.setup.jsm.slaMissing",
                        List.of(name, shortList(lacking), policyPath), null);
    }

    /** A JSM SLA field under the policy's SLA name (compared as the facts compare SLA names: ignoring case). */
    private static boolean hasSla(List<CustomField> applicable, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (CustomField cf : applicable) {
            CustomFieldType<?, ?> type = cf.getCustomFieldType();
            if (type != null && ExportField.SLA_TYPE.equals(type.getKey()) && cf.getUntranslatedName() != null
                    && cf.getUntranslatedName().toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String shortList(Set<String> names) {
        return io.retentiondesk.jira.customfield.FieldSetupCheck.shortList(List.copyOf(names));
    }
}
