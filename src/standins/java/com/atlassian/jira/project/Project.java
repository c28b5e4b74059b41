// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.type.ProjectTypeKey;

import java.util.Collection;

public interface Project {
    Long getId();

    String getKey();

    String getName();

    Collection<IssueType> getIssueTypes();

    ProjectTypeKey getProjectTypeKey();
}
