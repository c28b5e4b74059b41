// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {
    Set<String> getErrorMessages();

    boolean hasAnyErrors();

    void addErrorMessage(String message);

    /** A warning shows with the results and does not stop the search. */
    Set<String> getWarningMessages();

    void addWarningMessage(String message);
}
