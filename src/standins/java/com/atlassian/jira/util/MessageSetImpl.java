// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public void addErrorMessage(String message) {
        errors.add(message);
    }

    @Override
    public Set<String> getWarningMessages() {
        return warnings;
    }

    @Override
    public void addWarningMessage(String message) {
        warnings.add(message);
    }
}
