// Test-only stand-in for com.atlassian.crowd:embedded-crowd-api (shipped with Jira 11); see src/standins/STANDINS.md
package com.atlassian.crowd.embedded.api;

public interface Group {
}
