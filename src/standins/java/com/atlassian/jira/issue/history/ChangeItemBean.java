// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * A class in Jira; its getters and the constructor Jira 11.0 code calls ({@code new ChangeItemBean(fieldType, field,
 * from, to)}, SLACK DefaultIssueEventToEventMatcherTypeConverterTest:60). The app never constructs one (tests mock it),
 * so the stand-in's getters answer nothing.
 */
public class ChangeItemBean {
    public ChangeItemBean(String fieldType, String field, String from, String to) {
    }

    public String getField() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getFrom() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getFromString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getTo() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getToString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("stand-in");
    }
}
