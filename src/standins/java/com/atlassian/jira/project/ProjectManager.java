// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.project;

import java.util.List;

public interface ProjectManager {
    List<Project> getProjectObjects();
}
