// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/** {@code @PublicApi}, checked: a subclass of {@link JiraException} with the four constructors of its javadoc. */
public class SearchException extends JiraException {
    private static final long serialVersionUID = 1L;

    public SearchException() {
    }

    public SearchException(String message) {
        super(message);
    }

    public SearchException(Exception cause) {
        super(cause);
    }

    public SearchException(String message, Exception cause) {
        super(message, cause);
    }
}
