// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue;

@SuppressWarnings("rawtypes")
public interface IssueConstant extends Comparable {
    String getId();

    String getName();
}
