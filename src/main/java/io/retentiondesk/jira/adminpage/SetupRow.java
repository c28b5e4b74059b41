package io.retentiondesk.jira.adminpage;

/**
 * One row of the admin page's setup check, all text for the template to escape: what was checked, its state (the
 * {@code SetupState} name, its words and its AUI lozenge), what was found or is to be done, and where to fix it
 * (empty for nowhere).
 */
public record SetupRow(String title, String state, String stateText, String lozenge, String message, String fixUrl) {
}
