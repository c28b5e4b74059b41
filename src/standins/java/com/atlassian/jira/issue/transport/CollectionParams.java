// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.transport;

import java.util.Collection;

/** Only the member Retention Desk calls; raw {@code Collection} as in Jira's source. */
public interface CollectionParams extends FieldParams {
    @SuppressWarnings("rawtypes")
    Collection getAllValues();
}
