package io.retentiondesk.jira.job;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.CallbackLog;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * The upgrade of callback attempts logged by a release that kept them by issue key only: the nightly job gives each
 * such row its issue's id, resolving the key through Jira ({@link IssueManager#getIssueObject(String)} also finds an
 * issue by a key it had before a move), so the history follows the issue from then on. A key that finds no issue (the
 * issue was deleted) gets {@link CallbackLog#NO_ISSUE}, so it is not looked up every night. Until then
 * {@link CallbackLog#attemptsFor} still finds such rows by the issue's current key. Bounded per night and safe to
 * repeat or run on two nodes at once (both write the same id).
 */
@Named
public class CallbackIdBackfill {
    /** Keys resolved a night at most; an upgraded instance is done after a few nights at worst. */
    static final int KEYS_PER_NIGHT = 5_000;

    private final IssueManager issues;
    private final CallbackLog callbacks;

    @Inject
    public CallbackIdBackfill(@ComponentImport IssueManager issues, CallbackLog callbacks) {
        this.issues = Objects.requireNonNull(issues);
        this.callbacks = Objects.requireNonNull(callbacks);
    }

    /** @return how many attempt rows were given an issue id */
    public int backfill() {
        int rows = 0;
        for (String key : callbacks.keysWithoutIssueId(KEYS_PER_NIGHT)) {
            MutableIssue issue = issues.getIssueObject(key);
            rows += callbacks.assignIssueId(key, issue == null || issue.getId() == null ? CallbackLog.NO_ISSUE
                    : issue.getId());
        }
        return rows;
    }
}
