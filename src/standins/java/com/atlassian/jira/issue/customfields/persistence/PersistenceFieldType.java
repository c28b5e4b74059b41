// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.customfields.persistence;

/** A final class of constants in Jira (not an enum). */
public final class PersistenceFieldType {
    public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType("limited-text");
    public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType("unlimited-text");
    public static final PersistenceFieldType TYPE_DATE = new PersistenceFieldType("date");
    public static final PersistenceFieldType TYPE_DECIMAL = new PersistenceFieldType("decimal");

    private final String name;

    private PersistenceFieldType(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
