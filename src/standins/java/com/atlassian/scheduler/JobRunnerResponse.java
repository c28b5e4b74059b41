// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/** Final class with static factories; the stand-in keeps the message so tests can read what a run reported. */
public final class JobRunnerResponse {
    private final boolean ok;
    private final String message;

    private JobRunnerResponse(boolean ok, String message) {
        this.ok = ok;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(true, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(false, cause.getClass().getName());
    }

    public RunOutcome getRunOutcome() {
        return ok ? RunOutcome.SUCCESS : RunOutcome.FAILED;
    }

    @Override
    public String toString() {
        return (ok ? "success: " : "failed: ") + message;
    }
}
