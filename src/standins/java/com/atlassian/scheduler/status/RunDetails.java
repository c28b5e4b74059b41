// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler.status;

import java.util.Date;

public interface RunDetails {
    Date getStartTime();

    RunOutcome getRunOutcome();
}
