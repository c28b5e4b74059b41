// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/** A class in Jira; only its getters are declared. The app never constructs one (tests mock it). */
public class ChangeItemBean {
    private ChangeItemBean() {
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
