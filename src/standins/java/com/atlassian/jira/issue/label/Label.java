// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.label;

/** A final class in Jira ({@code @PublicApi} since 4.2), not an interface: calls compile to invokevirtual. */
public final class Label {
    private final Long id;
    private final String label;

    /** As Jira 11.3 apps call it (SUBT SubtasksCreationService.java:827): id, issue id, custom field id, label. */
    public Label(Long id, Long issue, Long customFieldId, String label) {
        this.id = id;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
