package io.retentiondesk.jira.job;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.TicketRecorder;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * The nightly re-assessment of one customer (decay moves its risk daily): from its stored records alone, except
 * that records another ticket has made inexact are first re-read from Jira (repair is the job's work, never a
 * transition's), so that after the job the stored risk equals a full recompute. The risk fields are written on
 * the customer's newest ticket, stored without an event.
 */
@Named
public class CustomerReassessment {
    private final IssueManager issues;
    private final ChurnAssessment churn;
    private final TicketRecorder recorder;
    private final TicketRecords records;

    @Inject
    public CustomerReassessment(@ComponentImport IssueManager issues, ChurnAssessment churn, TicketRecorder recorder,
                                TicketRecords records) {
        this.issues = Objects.requireNonNull(issues);
        this.churn = Objects.requireNonNull(churn);
        this.recorder = Objects.requireNonNull(recorder);
        this.records = Objects.requireNonNull(records);
    }

    /** @return false when the newest ticket no longer exists */
    public boolean reassess(CustomerKey customer, long newestIssueId) {
        ChurnAssessment.Assessed assessed = churn.reassess(customer);
        if (!assessed.inexact().isEmpty()) {
            for (Long id : assessed.inexact()) {
                MutableIssue ticket = issues.getIssueObject(id);
                if (ticket == null) {
                    records.delete(id);
                } else {
                    recorder.record(ticket);
                }
            }
            assessed = churn.reassess(customer);
        }
        MutableIssue issue = issues.getIssueObject(newestIssueId);
        if (issue == null) {
            return false;
        }
        churn.write(issue, assessed.standing());
        issues.updateIssue(null, issue, UpdateIssueRequest.builder()
                .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH).sendMail(false).build());
        return true;
    }
}
