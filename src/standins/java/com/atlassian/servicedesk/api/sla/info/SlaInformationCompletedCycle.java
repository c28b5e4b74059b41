// Compile-only stand-in for com.atlassian.servicedesk:jira-servicedesk-api:11.0.0; see src/standins/STANDINS.md
package com.atlassian.servicedesk.api.sla.info;

import java.time.Instant;

public interface SlaInformationCompletedCycle {
    Instant getStopTime();

    boolean getBreached();
}
