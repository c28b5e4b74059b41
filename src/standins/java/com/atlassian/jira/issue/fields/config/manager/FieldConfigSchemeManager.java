// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collections;
import java.util.List;

public interface FieldConfigSchemeManager {
    /** "Every issue type": a list holding null. */
    List<IssueType> ALL_ISSUE_TYPES = Collections.singletonList(null);
}
