package io.retentiondesk.jira.setup;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Setup lines for the workflows of the checked projects: for each post-function and the validator, on which
 * transitions of which workflow it is, or in which workflows it is missing and where to add it; and each project none
 * of whose workflows holds any of them. A project's workflows are those its workflow scheme gives its standard issue
 * types (sub-tasks are not tickets a customer raises).
 */
@Named
public class WorkflowsPart implements SetupCheckPart {
    static final String NO_PROJECTS_TITLE = "retention.setup.workflow.projects.title";
    static final String NO_PROJECTS = "retention.setup.workflow.projects.none";
    static final String PROJECT_TITLE = "retention.setup.workflow.project.title";
    static final String PROJECT_BARE = "retention.setup.workflow.project.bare";
    static final String ON = "retention.setup.workflow.on";
    static final String TIER_LATE = "retention.setup.workflow.tierLate";
    /** Shown where a list would be empty; language-neutral. */
    static final String NONE = "—";

    private final CheckedProjects projects;
    private final WorkflowManager workflows;

    @Inject
    public WorkflowsPart(CheckedProjects projects, @ComponentImport WorkflowManager workflows) {
        this.projects = Objects.requireNonNull(projects);
        this.workflows = Objects.requireNonNull(workflows);
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<SetupLine> lines() {
        List<Project> checked = projects.projects();
        if (checked.isEmpty()) {
            return List.of(new SetupLine(NO_PROJECTS_TITLE, SetupState.MISSING, NO_PROJECTS, List.of(), JiraScreens.PROJECTS));
        }
        Map<String, WorkflowUse> uses = new TreeMap<>();
        Map<Project, Set<String>> workflowsOf = new LinkedHashMap<>();
        for (Project project : checked) {
            Set<String> names = new LinkedHashSet<>();
            for (IssueType type : project.getIssueTypes()) {
                JiraWorkflow workflow = type.isSubTask() ? null : workflows.getWorkflow(project.getId(), type.getId());
                if (workflow != null && workflow.getDescriptor() != null) {
                    names.add(workflow.getName());
                    uses.computeIfAbsent(workflow.getName(), n -> WorkflowUse.of(workflow.getDescriptor()));
                }
            }
            workflowsOf.put(project, names);
        }
        List<SetupLine> lines = new ArrayList<>();
        for (AppWorkflowModule module : uses.isEmpty() ? new AppWorkflowModule[0] : AppWorkflowModule.values()) {
            lines.add(moduleLine(module, uses)); // with no workflow at all, the project lines say so
        }
        workflowsOf.forEach((project, names) -> {
            if (names.stream().noneMatch(n -> uses.get(n).holdsAny())) {
                lines.add(new SetupLine(PROJECT_TITLE, SetupState.MISSING, PROJECT_BARE,
                        List.of(project.getName(), project.getKey(), names.isEmpty() ? NONE : String.join(", ", names)),
                        JiraScreens.projectWorkflows(project.getKey())));
            }
        });
        return lines;
    }

    private static SetupLine moduleLine(AppWorkflowModule module, Map<String, WorkflowUse> uses) {
        List<String> lacking = uses.entrySet().stream().filter(e -> !e.getValue().placed(module)).map(Map.Entry::getKey).toList();
        String where = uses.entrySet().stream().filter(e -> e.getValue().placed(module))
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue().transitions(module)))
                .collect(Collectors.joining("; "));
        if (!lacking.isEmpty()) {
            return new SetupLine(module.titleKey(), SetupState.MISSING, missingKey(module),
                    List.of(String.join(", ", lacking), where.isEmpty() ? NONE : where), fixPath(lacking));
        }
        if (module == AppWorkflowModule.ASSIGN_CUSTOMER_TIER) {
            List<String> late = uses.entrySet().stream().filter(e -> e.getValue().tierAfterCreate()).map(Map.Entry::getKey).toList();
            if (!late.isEmpty()) {
                return new SetupLine(module.titleKey(), SetupState.MISSING, TIER_LATE, List.of(String.join(", ", late)),
                        fixPath(late));
            }
        }
        return new SetupLine(module.titleKey(), SetupState.OK, ON, List.of(where), fixPath(List.copyOf(uses.keySet())));
    }

    /** What to add where, by the module's placement. */
    static String missingKey(AppWorkflowModule module) {
        return "retention.setup.workflow.missing." + module.placement().name().toLowerCase(Locale.ROOT);
    }

    /** The one workflow to edit, or the list of workflows when there are several. */
    private static String fixPath(List<String> workflowNames) {
        return workflowNames.size() == 1 ? JiraScreens.workflow(workflowNames.get(0)) : JiraScreens.WORKFLOWS;
    }
}
