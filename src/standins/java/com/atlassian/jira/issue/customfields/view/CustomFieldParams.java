// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.transport.FieldTransportParams;

/** What an edit, a REST update or a bulk change submits for a custom field; members not called here are left out. */
public interface CustomFieldParams extends FieldTransportParams {
}
