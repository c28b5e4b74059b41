package io.retentiondesk.jira.setup;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.type.ProjectTypeKey;

import java.util.ArrayList;
import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Jira projects for the setup tests: a type, a key, a name and issue types; and the ProjectManager listing them. */
final class Projects {
    private final List<Project> all = new ArrayList<>();
    private long ids = 10_000;

    Project add(String type, String key, String name, IssueType... issueTypes) {
        Project p = mock(Project.class);
        when(p.getId()).thenReturn(ids++);
        when(p.getKey()).thenReturn(key);
        when(p.getName()).thenReturn(name);
        when(p.getProjectTypeKey()).thenReturn(new ProjectTypeKey(type));
        when(p.getIssueTypes()).thenReturn(List.of(issueTypes));
        all.add(p);
        return p;
    }

    ProjectManager manager() {
        ProjectManager m = mock(ProjectManager.class);
        when(m.getProjectObjects()).thenAnswer(a -> List.copyOf(all));
        return m;
    }

    /** The projects the setup check looks at, over these projects, with no choice made at Set up fields yet. */
    CheckedProjects checked() {
        return new CheckedProjects(manager(), new io.retentiondesk.jira.policy.SetupProjectsStore(
                io.retentiondesk.jira.policy.MapPluginSettings.over(new java.util.HashMap<>())));
    }

    static IssueType issueType(String id, String name, boolean subTask) {
        IssueType t = mock(IssueType.class);
        when(t.getId()).thenReturn(id);
        when(t.getName()).thenReturn(name);
        when(t.isSubTask()).thenReturn(subTask);
        return t;
    }
}
