package io.retentiondesk.jira.adminpage;

import java.util.List;

/**
 * One setting of the policy form: its dotted path, its value as text, the problems found with it. Its accessors
 * are allow-listed for Velocity in atlassian-plugin.xml.
 */
public record PolicyRow(String path, String value, List<String> problems) {
    public PolicyRow {
        problems = List.copyOf(problems);
    }

    public boolean invalid() {
        return !problems.isEmpty();
    }
}
