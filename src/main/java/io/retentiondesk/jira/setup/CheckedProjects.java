package io.retentiondesk.jira.setup;

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
 * The projects the setup check looks at, and the app's fields are for: the service projects (Jira Service Management
 * projects, project type {@value #SERVICE_DESK}) the administrator chose at <i>Set up fields</i>, or every service
 * project until a choice is made. A chosen project deleted since is left out. The one place that decides it.
 */
@Named
public class CheckedProjects {
    /** Jira's key of the project type JSM creates. */
    public static final String SERVICE_DESK = "service_desk";

    private final ProjectManager projects;
    private final SetupProjectsStore store;

    @Inject
    public CheckedProjects(@ComponentImport ProjectManager projects, SetupProjectsStore store) {
        this.projects = Objects.requireNonNull(projects);
        this.store = Objects.requireNonNull(store);
    }

    /** The projects checked: the chosen ones that still exist, else every service project; by key. */
    public List<Project> projects() {
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
        }).orElseGet(this::serviceProjects);
    }

    /** Every service project, by key: what an administrator may choose from. */
    public List<Project> serviceProjects() {
        return projects.getProjectObjects().stream()
                .filter(p -> p.getProjectTypeKey() != null && SERVICE_DESK.equals(p.getProjectTypeKey().getKey()))
                .sorted(Comparator.comparing(Project::getKey)).toList();
    }

    /** Whether an administrator has chosen projects (otherwise {@link #projects()} is every service project). */
    public boolean choiceMade() {
        return store.projectIds().isPresent();
    }

    /** Keeps the administrator's choice, by project id. */
    public void choose(List<Long> projectIds) {
        store.save(projectIds);
    }
}
