// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.customfields.impl;

/** Superclass not verified: declared checked here, so the app declares it wherever it may be thrown. */
public class FieldValidationException extends Exception {
    public FieldValidationException(String message) {
        super(message);
    }
}
