package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;

/**
 * Base of the app's post-functions. Nothing in a post-function may lose or block the agent's transition: any
 * failure is logged with the issue key only (no customer data) and queued for the scheduled job to retry.
 */
public abstract class RetentionPostFunction extends AbstractJiraFunctionProvider {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPostFunction.class);

    private final FailedWorkQueue failures;

    protected RetentionPostFunction(FailedWorkQueue failures) {
        this.failures = Objects.requireNonNull(failures);
    }

    /** The kind of work, as queued for retry (e.g. {@code score-satisfaction}). */
    protected abstract String work();

    /** Does the work on the issue being transitioned, for the user who transitions it. */
    protected abstract void apply(MutableIssue issue, ApplicationUser caller, Map<?, ?> args);

    @Override
    @SuppressWarnings("rawtypes")
    public final void execute(Map transientVars, Map args, PropertySet ps) {
        MutableIssue issue = getIssue(transientVars);
        String key = issue == null ? "(no issue)" : issue.getKey();
        try {
            apply(issue, getCallerUser(transientVars, args), args);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Retention Desk: {} failed on {} ({}); queued for retry", work(), key, e.getClass().getName());
            try {
                failures.enqueue(key, work(), e);
            } catch (RuntimeException queueFailure) {
                LOG.error("Retention Desk: could not queue {} for {} ({})", work(), key,
                        queueFailure.getClass().getName());
            }
        }
    }
}
