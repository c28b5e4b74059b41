// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;

import java.util.Collection;

public interface ConstantsManager {
    Collection<Resolution> getResolutions();
}
