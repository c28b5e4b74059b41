package io.retentiondesk.report.sample;

/**
 * A Jira Data Center user as the export writes it.
 *
 * @param name        username, the customer key of an individual customer
 * @param key         user key ({@code JIRAUSER…})
 * @param email       e-mail address
 * @param displayName full name
 * @param greeting    what an agent calls them in a reply
 * @param chinese     whether they write in Chinese
 */
record User(String name, String key, String email, String displayName, String greeting, boolean chinese) {
}
