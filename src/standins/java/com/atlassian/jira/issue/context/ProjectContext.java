// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.context;

import com.atlassian.jira.project.ProjectManager;

/**
 * A custom field context of one project. The real class extends AbstractJiraContext (which implements
 * JiraContextNode) and has more constructors, deprecated ones included; the app uses the one below.
 */
public class ProjectContext implements JiraContextNode {
    protected Long projectId;

    public ProjectContext(Long projectId, ProjectManager projectManager) {
        this.projectId = projectId;
    }

    public Long getProjectId() {
        return projectId;
    }
}
