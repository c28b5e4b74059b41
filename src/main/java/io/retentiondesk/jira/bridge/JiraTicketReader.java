package io.retentiondesk.jira.bridge;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.ticket.FieldChange;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.Objects;

/**
 * Turns a Jira issue, its comments and its change history into the core {@link Ticket} the offline reader
 * makes from REST JSON, so a ticket gives the same facts in Jira and in the report. Thin: no rule lives here.
 */
@Named
public final class JiraTicketReader {
    static final String ASSIGNEE = "assignee";
    static final String RESOLUTION = "resolution";

    private final CommentManager comments;
    private final ChangeHistoryManager history;

    @Inject
    public JiraTicketReader(@ComponentImport CommentManager comments, @ComponentImport ChangeHistoryManager history) {
        this.comments = Objects.requireNonNull(comments);
        this.history = Objects.requireNonNull(history);
    }

    public Ticket read(Issue issue, JsmFields jsm) {
        TicketBuilder t = new TicketBuilder(issue.getKey(), issue.getCreated().toInstant())
                .summary(issue.getSummary())
                .description(issue.getDescription())
                .issueType(name(issue.getIssueType()))
                .requestType(jsm.requestType(issue))
                .priority(name(issue.getPriority()))
                .reporter(person(issue.getReporter()));
        if (issue.getLabels() != null) {
            for (Label label : issue.getLabels()) {
                t.label(label.getLabel());
            }
        }
        if (issue.getComponents() != null) {
            for (ProjectComponent component : issue.getComponents()) {
                t.component(component.getName());
            }
        }
        jsm.participants(issue).forEach(t::participant);
        jsm.organizations(issue).forEach(t::organization);
        if (issue.getResolutionDate() != null || issue.getResolution() != null) {
            t.resolution(name(issue.getResolution()),
                    issue.getResolutionDate() == null ? null : issue.getResolutionDate().toInstant());
        }
        for (Comment c : comments.getComments(issue)) {
            t.comment(person(c.getAuthorApplicationUser()), c.getCreated().toInstant(), c.getBody());
        }
        // Assignees are compared by their stored id (from/to); resolutions by name (fromString/toString).
        for (ChangeItemBean c : history.getChangeItemsForField(issue, ASSIGNEE)) {
            t.change(new FieldChange(c.getCreated().toInstant(), FieldChange.Field.ASSIGNEE,
                    first(c.getFrom(), c.getFromString()), first(c.getTo(), c.getToString())));
        }
        for (ChangeItemBean c : history.getChangeItemsForField(issue, RESOLUTION)) {
            t.change(new FieldChange(c.getCreated().toInstant(), FieldChange.Field.RESOLUTION,
                    first(c.getFromString(), c.getFrom()), first(c.getToString(), c.getTo())));
        }
        // an unreadable rating is read as no rating (the score is predicted); JsmFields logged it, the panel says it
        if (jsm.rating(issue) instanceof JsmFields.Rating.Given rating) {
            t.rating(rating.value(), rating.givenAt());
        }
        jsm.slaCycles(issue).forEach(t::sla);
        return t.build();
    }

    /**
     * Only what says whose ticket it is (reporter and organizations), without comments, history, SLAs or dates: safe
     * on the Create transition before Jira has stored the issue (no id, key or creation date yet), where a post-function
     * must run for the fields it sets to be saved with the new issue.
     */
    public Ticket identity(Issue issue, JsmFields jsm) {
        Instant created = issue.getCreated() == null ? Instant.EPOCH : issue.getCreated().toInstant();
        TicketBuilder t = new TicketBuilder(issue.getKey() == null ? "(new)" : issue.getKey(), created)
                .reporter(person(issue.getReporter()));
        jsm.organizations(issue).forEach(t::organization);
        return t.build();
    }

    /** A Jira user as the REST API shows it: {@code name} is the username. */
    static Person person(ApplicationUser user) {
        if (user == null) {
            return null;
        }
        return new Person(user.getUsername(), user.getKey(), null, user.getEmailAddress(), user.getDisplayName());
    }

    private static String name(IssueConstant constant) {
        return constant == null ? null : constant.getName();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
