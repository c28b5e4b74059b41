// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira;

/** Jira's checked base exception ({@code @PublicApi}); the constructors its subclasses' javadoc shows. */
public class JiraException extends Exception {
    private static final long serialVersionUID = 1L;

    public JiraException() {
    }

    public JiraException(String msg) {
        super(msg);
    }

    public JiraException(Throwable cause) {
        super(cause);
    }

    public JiraException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
