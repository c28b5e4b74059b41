package io.retentiondesk.jira.setup;

import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.work.WorkKind;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Queued and dead failed work, counted on a real Active Objects database. */
class FailedWorkPartTest {
    private final Bundle en = Bundle.of(Locale.ENGLISH);

    @Test
    void noFailedWorkIsTwoOkLines() throws Exception {
        List<SetupLine> lines = new FailedWorkPart(new FailedWorkQueue(EntityManagerActiveObjects.migratedAll())).lines();
        assertThat(lines).extracting(SetupLine::state).containsExactly(SetupState.OK, SetupState.OK);
    }

    @Test
    void queuedWorkIsAFigureAndDeadWorkIsFailingWithTheRetryOnTheAdminPage() throws Exception {
        FailedWorkQueue queue = new FailedWorkQueue(EntityManagerActiveObjects.migratedAll());
        queue.enqueue(WorkKind.ASSIGN_CUSTOMER_TIER, 1L, "SUP-1", null, new IllegalStateException());
        queue.enqueue(WorkKind.SCORE_SATISFACTION, 2L, "SUP-2", null, new IllegalStateException());
        for (int i = 0; i < WorkKind.MAX_ATTEMPTS; i++) {
            queue.enqueue(WorkKind.ASSESS_CHURN_RISK, 3L, "SUP-3", null, new IllegalStateException());
        }
        List<SetupLine> lines = new FailedWorkPart(queue).lines();
        assertThat(lines).extracting(SetupLine::state).containsExactly(SetupState.INFO, SetupState.FAILING);
        assertThat(en.text(lines.get(0).messageKey(), lines.get(0).arguments().toArray()))
                .isEqualTo("2 items wait for the nightly retry (each runs at most 5 times in all).");
        assertThat(en.text(lines.get(1).messageKey(), lines.get(1).arguments().toArray())).startsWith("1 items were given up on after 5 runs");
        assertThat(lines).extracting(SetupLine::fixPath).containsOnly("/plugins/servlet/retention-desk/admin#rd-dead");
    }
}
