// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {
    private SearchResults() {
    }

    public List<T> getResults() {
        throw new UnsupportedOperationException("stand-in");
    }
}
