// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.transport;

/** The real interface adds getFirstValueForNullKey() and getFirstValueForKey(String), not called here. */
public interface FieldTransportParams extends CollectionParams {
}
