package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.job.ClusterLocks;
import io.retentiondesk.jira.panel.PanelContent.Texts;
import io.retentiondesk.jira.setup.CheckedProjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * <i>Set up fields</i>: creates each of the app's fields that the chosen service projects lack, with its app type,
 * Jira's built-in searcher for that type, a context of exactly the projects that lack it (all their issue types), and
 * a name and description in the administrator's language. A project where some field already serves the type (the
 * app's type, or for a callback field the hand-made one under its documented name) counts as having it, so a second
 * run creates nothing, and a run never adds a second field where one applies (which would leave both unwritten). A
 * field lacking in several projects is created once, with all of them in its context; one lacking only in projects
 * chosen later gets a second field of the type for those projects, which serves them alone. One run at a time
 * across the cluster.
 */
@Named
public class FieldSetup {
    static final String LOCK = "field-setup";
    private static final Logger LOG = LoggerFactory.getLogger(FieldSetup.class);

    private final CustomFieldManager customFields;
    private final ProjectManager projectManager;
    private final CheckedProjects projects;
    private final FieldScopes scopes;
    private final ClusterLocks locks;

    @Inject
    public FieldSetup(@ComponentImport CustomFieldManager customFields, @ComponentImport ProjectManager projectManager,
                      CheckedProjects projects, FieldScopes scopes, ClusterLocks locks) {
        this.customFields = Objects.requireNonNull(customFields);
        this.projectManager = Objects.requireNonNull(projectManager);
        this.projects = Objects.requireNonNull(projects);
        this.scopes = Objects.requireNonNull(scopes);
        this.locks = Objects.requireNonNull(locks);
    }

    /** A field this run created: its id, the name it got, and the keys of the projects in its context. */
    public record Created(RetentionField field, String fieldId, String name, List<String> projectKeys) {
    }

    /** A field this run could not create, and why in words (the exception's class, never its message). */
    public record Failed(RetentionField field, List<String> projectKeys, String reason) {
    }

    /**
     * What a run did.
     *
     * @param present the app's fields every chosen project already had
     */
    public record Result(List<Created> created, List<Failed> failed, List<RetentionField> present) {
    }

    /** The choice was refused before anything was created or kept: the message says what to change. */
    public static final class Refused extends Exception {
        private final boolean busy;

        Refused(String message, boolean busy) {
            super(message);
            this.busy = busy;
        }

        /** Another set-up was running (on this node or another): nothing was done. */
        public boolean busy() {
            return busy;
        }
    }

    /**
     * Keeps the chosen projects and creates what they lack.
     *
     * @param projectIds the ids of the chosen projects: each must be a service project
     * @param texts      the administrator's language, for field names and descriptions and for refusals
     * @throws Refused when no project is chosen, one is not a service project, or another run is going on
     */
    public Result setUp(List<Long> projectIds, Texts texts) throws Refused {
        Map<Long, Project> byId = new LinkedHashMap<>();
        projects.serviceProjects().forEach(p -> byId.put(p.getId(), p));
        if (projectIds.isEmpty()) {
            throw new Refused(texts.text(byId.isEmpty() ? "retention.admin.fields.noServiceProjects"
                    : "retention.admin.fields.noneChosen"), false);
        }
        List<Project> chosen = new ArrayList<>();
        for (Long id : projectIds) {
            Project p = byId.get(id);
            if (p == null) {
                throw new Refused(texts.text("retention.admin.fields.notServiceProject", String.valueOf(id)), false);
            }
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        Result[] result = new Result[1];
        boolean ran = locks.ifFree(LOCK, () -> {
            projects.choose(chosen.stream().map(Project::getId).toList());
            result[0] = createMissing(chosen, texts);
            return true;
        });
        if (!ran) {
            throw new Refused(texts.text("retention.admin.fields.busy"), true);
        }
        return result[0];
    }

    private Result createMissing(List<Project> chosen, Texts texts) {
        Map<RetentionField, FieldScopes.Coverage> coverage = scopes.of(chosen);
        List<Created> created = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        List<RetentionField> present = new ArrayList<>();
        for (RetentionField field : RetentionField.values()) {
            List<Project> lacking = chosen.stream()
                    .filter(p -> !p.getIssueTypes().isEmpty() && !coverage.get(field).presentIn(p.getId())).toList();
            if (lacking.isEmpty()) {
                present.add(field);
                continue;
            }
            List<String> keys = lacking.stream().map(Project::getKey).toList();
            CustomFieldType<?, ?> type = customFields.getCustomFieldType(field.typeKey());
            CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(field.searcher().completeKey());
            if (type == null || searcher == null) {
                failed.add(new Failed(field, keys, texts.text(type == null ? "retention.admin.fields.noType"
                        : "retention.admin.fields.noSearcher", type == null ? field.typeKey() : field.searcher().completeKey())));
                continue;
            }
            List<JiraContextNode> contexts = new ArrayList<>();
            lacking.forEach(p -> contexts.add(new ProjectContext(p.getId(), projectManager)));
            String name = texts.text(field.nameKey());
            try {
                CustomField cf = customFields.createCustomField(name, texts.text(field.descriptionKey()), type, searcher,
                        contexts, FieldConfigSchemeManager.ALL_ISSUE_TYPES);
                LOG.info("Retention Desk: created the field {} ({}) of type {} for {}", cf.getId(), name,
                        field.typeKey(), keys);
                created.add(new Created(field, cf.getId(), name, keys));
            } catch (Exception e) { // GenericEntityException and what a database may throw: the rest still run
                LOG.warn("Retention Desk: could not create the field of type {} for {} ({})", field.typeKey(), keys,
                        e.getClass().getName());
                failed.add(new Failed(field, keys, texts.text("retention.admin.fields.failed", e.getClass().getName())));
            }
        }
        return new Result(created, failed, present);
    }
}
