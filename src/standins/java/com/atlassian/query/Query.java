// Compile-only stand-in for com.atlassian.query (jira-api 11.x); see src/standins/STANDINS.md
package com.atlassian.query;

public interface Query {
}
