// Compile-only stand-in for com.atlassian.servicedesk:jira-servicedesk-api:11.0.0; see src/standins/STANDINS.md
package com.atlassian.servicedesk.api.sla.info;

public interface SlaInformationQuery {
    Long issue();

    interface Builder {
        Builder issue(Long issueId);

        SlaInformationQuery build();
    }
}
