package io.retentiondesk.jira.job;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.churn.RiskPolicy;
import io.retentiondesk.jira.ao.TicketLinks;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.service.TicketRecorder;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The nightly repair of the per-ticket records (SPEC §10): records marked stale or computed with an older policy
 * version are rewritten; tickets of the risk window the app links to a customer but holds no record of (an
 * instance upgraded from before records) are recorded; and tickets Jira says were updated in the last
 * {@value #UPDATED_DAYS} days whose record is older than that update, or service requests with no record at all (an
 * event that never came), are re-read, searching as the job's run-as user. Each ticket is re-read alone,
 * under its own cluster lock, at most {@value #MAX_PER_RUN} a run; a run that stops half-way leaves the rest for
 * the next.
 */
@Named
public class RecordRepair {
    static final int MAX_PER_RUN = 5000;
    static final int UPDATED_DAYS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(RecordRepair.class);

    private final ClusterLocks locks;
    private final IssueManager issues;
    private final TicketRecorder recorder;
    private final TicketRecords records;
    private final TicketLinks links;
    private final PolicyStore policies;
    private final SearchService search;
    private final JiraAuthenticationContext authentication;

    @Inject
    public RecordRepair(ClusterLocks locks, @ComponentImport IssueManager issues, TicketRecorder recorder,
                        TicketRecords records, TicketLinks links, PolicyStore policies,
                        @ComponentImport SearchService search, @ComponentImport JiraAuthenticationContext authentication) {
        this.locks = Objects.requireNonNull(locks);
        this.issues = Objects.requireNonNull(issues);
        this.recorder = Objects.requireNonNull(recorder);
        this.records = Objects.requireNonNull(records);
        this.links = Objects.requireNonNull(links);
        this.policies = Objects.requireNonNull(policies);
        this.search = Objects.requireNonNull(search);
        this.authentication = Objects.requireNonNull(authentication);
    }

    /** @return how many tickets were re-read */
    public int repair(Instant now) {
        int done = 0;
        for (Long id : records.needingRepair(policies.version(), MAX_PER_RUN)) {
            done += reRecord(id);
        }
        RiskPolicy risk = policies.current().risk();
        YearMonth since = YearMonth.from(now.minus(Duration.ofDays(risk.windowDays() + risk.repeatComplaintDays()))
                .atZone(ZoneOffset.UTC));
        List<Long> linked = links.ticketsCreatedSince(since, MAX_PER_RUN);
        Set<Long> recorded = records.recordedAmong(linked);
        for (Long id : linked) {
            if (done >= MAX_PER_RUN) {
                break;
            }
            if (!recorded.contains(id)) {
                done += reRecord(id);
            }
        }
        if (done < MAX_PER_RUN) {
            done += recentlyUpdated(MAX_PER_RUN - done);
        }
        return done;
    }

    /** Tickets updated lately whose record predates the update, or service requests with none: a missed event. */
    private int recentlyUpdated(int budget) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return 0; // the job runs as the run-as user; without one there is no one to search as
        }
        List<Issue> updated;
        try {
            SearchService.ParseResult parsed = search.parseQuery(user,
                    "updated >= -" + UPDATED_DAYS + "d ORDER BY updated DESC");
            if (!parsed.isValid()) {
                return 0;
            }
            updated = search.search(user, parsed.getQuery(), new PagerFilter<Issue>(0, budget)).getResults();
        } catch (SearchException e) {
            LOG.warn("Retention Desk nightly repair: the search for updated tickets failed ({})", e.getClass().getName());
            return 0;
        }
        java.util.Map<Long, Instant> stored = records.updatesAmong(updated.stream().map(Issue::getId).toList());
        int done = 0;
        for (Issue issue : updated) {
            Instant was = stored.get(issue.getId());
            Instant now = issue.getUpdated() == null ? null : issue.getUpdated().toInstant();
            boolean older = was != null && now != null && was.isBefore(now);
            if (older) {
                done += reRecord(issue.getId());
            } else if (was == null) {
                done += refresh(issue);
            }
        }
        return done;
    }

    private int refresh(Issue issue) {
        int[] done = {0};
        locks.ifFree("ticket." + issue.getId(), () -> {
            try {
                done[0] = recorder.refresh(issue) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Retention Desk nightly repair: issue {} could not be re-read ({})", issue.getId(),
                        e.getClass().getName());
            }
            return true;
        });
        return done[0];
    }

    private int reRecord(long issueId) {
        int[] done = {0};
        locks.ifFree("ticket." + issueId, () -> {
            try {
                MutableIssue issue = issues.getIssueObject(issueId);
                if (issue == null) {
                    recorder.forget(issueId);
                } else {
                    recorder.record(issue);
                }
                done[0] = 1;
            } catch (RuntimeException e) {
                // one ticket's failure must not stop the others; it stays due and the next run tries again
                LOG.warn("Retention Desk nightly repair: issue {} could not be re-read ({})", issueId,
                        e.getClass().getName());
            }
            return true;
        });
        return done[0];
    }
}
