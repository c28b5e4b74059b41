package io.retentiondesk.jira.customfield;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.policy.SetupProjectsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service projects (JSM projects: project type key {@value #SERVICE_DESK}) the app's fields are for: those the
 * administrator chose at <i>Set up fields</i>, or every service project until a choice is made. A chosen project
 * that has since been deleted is left out.
 */
@Named
public class ServiceProjects {
    /** The project type key of Jira Service Management projects. */
    public static final String SERVICE_DESK = "service_desk";

    private final ProjectManager projects;
    private final SetupProjectsStore store;

    @Inject
    public ServiceProjects(@ComponentImport ProjectManager projects, SetupProjectsStore store) {
        this.projects = Objects.requireNonNull(projects);
        this.store = Objects.requireNonNull(store);
    }

    /** Every service project, by key. */
    public List<Project> all() {
        return projects.getProjectObjects().stream().filter(ServiceProjects::isServiceProject)
                .sorted(Comparator.comparing(Project::getKey)).toList();
    }

    /** The projects the fields are for: the chosen ones that still exist, in key order; else all service projects. */
    public List<Project> chosen() {
        return store.projectIds().map(ids -> {
            Map<Long, Project> byId = projects.getProjectObjects().stream()
                    .collect(Collectors.toMap(Project::getId, Function.identity(), (a, b) -> a));
            List<Project> found = new ArrayList<>();
            for (Long id : ids) {
                if (byId.containsKey(id)) {
                    found.add(byId.get(id));
                }
            }
            found.sort(Comparator.comparing(Project::getKey));
            return found;
        }).orElseGet(this::all);
    }

    /** Whether the admin has chosen projects at Set up fields (otherwise {@link #chosen()} is every service project). */
    public boolean choiceMade() {
        return store.projectIds().isPresent();
    }

    public void choose(List<Long> projectIds) {
        store.save(projectIds);
    }

    static boolean isServiceProject(Project p) {
        return p.getProjectTypeKey() != null && SERVICE_DESK.equals(p.getProjectTypeKey().getKey());
    }
}
