// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

/** Only the members Retention Desk reads; the real interface has many more. */
public interface Issue {
    Long getId();

    String getKey();

    Long getProjectId();

    String getSummary();

    String getDescription();

    IssueType getIssueType();

    Priority getPriority();

    ApplicationUser getReporter();

    ApplicationUser getAssignee();

    Collection<ProjectComponent> getComponents();

    Set<Label> getLabels();

    Resolution getResolution();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Object getCustomFieldValue(com.atlassian.jira.issue.fields.CustomField customField);
}
