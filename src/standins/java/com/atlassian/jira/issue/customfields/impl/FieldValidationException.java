// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.customfields.impl;

/** Unchecked, as in Jira's source ({@code @PublicApi}); the app still declares it where it may be thrown. */
public class FieldValidationException extends RuntimeException {
    public FieldValidationException(String message) {
        super(message);
    }
}
