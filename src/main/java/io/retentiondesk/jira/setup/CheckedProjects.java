package io.retentiondesk.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The projects the setup check looks at: every Jira Service Management project (project type {@value #SERVICE_DESK}),
 * by key. The one place that decides it, so that the projects an administrator chooses can take its place.
 */
@Named
public class CheckedProjects {
    /** Jira's key of the project type JSM creates. */
    static final String SERVICE_DESK = "service_desk";

    private final ProjectManager projects;

    @Inject
    public CheckedProjects(@ComponentImport ProjectManager projects) {
        this.projects = Objects.requireNonNull(projects);
    }

    /** The service projects, by key. */
    public List<Project> projects() {
        return projects.getProjectObjects().stream()
                .filter(p -> p.getProjectTypeKey() != null && SERVICE_DESK.equals(p.getProjectTypeKey().getKey()))
                .sorted(Comparator.comparing(Project::getKey)).toList();
    }
}
