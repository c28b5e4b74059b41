package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;

/**
 * Base of the app's post-functions: each runs its {@link WorkKind}, the same steps a retry runs. Nothing in a
 * post-function may lose or block the agent's transition: any failure is logged with the issue key and the kind only
 * (no customer data) and queued for the scheduled job to retry, with what the work needs from the transition (the
 * callback attempt the agent entered).
 */
public abstract class RetentionPostFunction extends AbstractJiraFunctionProvider {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPostFunction.class);

    private final WorkKind kind;
    private final WorkSteps steps;
    private final FailedWorkQueue failures;

    protected RetentionPostFunction(WorkKind kind, WorkSteps steps, FailedWorkQueue failures) {
        this.kind = Objects.requireNonNull(kind);
        this.steps = Objects.requireNonNull(steps);
        this.failures = Objects.requireNonNull(failures);
    }

    /** The kind of work, as queued for retry. */
    protected final WorkKind kind() {
        return kind;
    }

    /**
     * What the work needs from the transition besides the issue: the callback attempt for Record callback outcome.
     * Read before the work runs, so a failure keeps it.
     */
    protected CallbackAttempt capture(MutableIssue issue, ApplicationUser caller) {
        return null;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public final void execute(Map transientVars, Map args, PropertySet ps) {
        MutableIssue issue = getIssue(transientVars);
        String key = issue == null ? "(no issue)" : issue.getKey();
        CallbackAttempt attempt = null;
        try {
            ApplicationUser caller = getCallerUser(transientVars, args);
            attempt = capture(issue, caller);
            kind.run(steps, issue, caller, attempt);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Retention Desk: {} failed on {} ({}); queued for retry", kind.code(), key, e.getClass().getName());
            try {
                failures.enqueue(kind, issue == null ? null : issue.getId(), key, attempt, e);
            } catch (RuntimeException queueFailure) {
                LOG.error("Retention Desk: could not queue {} for {} ({})", kind.code(), key,
                        queueFailure.getClass().getName());
            }
        }
    }
}
