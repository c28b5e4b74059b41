// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.List;

public interface CustomFieldManager {
    List<CustomField> getCustomFieldObjects(Issue issue);
}
