// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.customfields.converters;

/** No members: imported only so the built-in searchers the descriptor names can be constructed. */
public interface DoubleConverter {
}
