package io.retentiondesk.jira.setup;

import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Objects;

/** The setup lines of failed work: how much waits for the nightly retry, and how much was given up on. */
@Named
public class FailedWorkPart implements SetupCheckPart {
    static final String PENDING_TITLE = "retention.setup.work.pending.title";
    static final String PENDING_NONE = "retention.setup.work.pending.none";
    static final String PENDING = "retention.setup.work.pending";
    static final String DEAD_TITLE = "retention.setup.work.dead.title";
    static final String DEAD_NONE = "retention.setup.work.dead.none";
    static final String DEAD = "retention.setup.work.dead";

    private final FailedWorkQueue failures;

    @Inject
    public FailedWorkPart(FailedWorkQueue failures) {
        this.failures = Objects.requireNonNull(failures);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<SetupLine> lines() {
        FailedWorkQueue.Counts counts = failures.counts();
        String attempts = Integer.toString(WorkKind.MAX_ATTEMPTS);
        String page = JiraScreens.adminPage("rd-dead");
        return List.of(counts.pending() == 0
                        ? new SetupLine(PENDING_TITLE, SetupState.OK, PENDING_NONE, List.of(), page)
                        : new SetupLine(PENDING_TITLE, SetupState.INFO, PENDING,
                                List.of(Integer.toString(counts.pending()), attempts), page),
                counts.dead() == 0
                        ? new SetupLine(DEAD_TITLE, SetupState.OK, DEAD_NONE, List.of(), page)
                        : new SetupLine(DEAD_TITLE, SetupState.FAILING, DEAD,
                                List.of(Integer.toString(counts.dead()), attempts), page));
    }
}
