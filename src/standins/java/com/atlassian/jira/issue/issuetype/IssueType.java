// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.issuetype;

public interface IssueType extends com.atlassian.jira.issue.IssueConstant {
    boolean isSubTask();
}
