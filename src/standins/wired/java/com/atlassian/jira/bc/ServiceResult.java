// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
