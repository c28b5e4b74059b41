package io.retentiondesk.jira.adminpage;

/**
 * A service project as the <i>Set up fields</i> form offers it: its id (the box's value), its name and key, and
 * whether it is ticked. Its accessors are allow-listed for Velocity (atlassian-plugin.xml).
 */
public record ProjectChoice(String id, String label, boolean chosen) {
}
