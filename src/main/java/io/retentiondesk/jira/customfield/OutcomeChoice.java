package io.retentiondesk.jira.customfield;

/**
 * One entry of the Callback outcome list on the edit screen: the stored word and its words for the agent. Its two
 * accessors are allow-listed for Jira's Velocity (atlassian-plugin.xml).
 */
public record OutcomeChoice(String value, String label) {
}
