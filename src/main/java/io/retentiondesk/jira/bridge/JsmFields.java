package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.Issue;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.SlaCycle;

import java.time.Instant;
import java.util.List;

/**
 * The Jira Service Management values of a request. JSM's field values are internal classes, so they are read
 * through JSM's public services behind this small interface, which hides the version-sensitive part. Each
 * value defaults to absent.
 */
public interface JsmFields {
    /** For issues outside any service project: no JSM values at all. */
    JsmFields NONE = new JsmFields() {
    };

    /** Names of the request's organizations, in Jira's order. */
    default List<String> organizations(Issue issue) {
        return List.of();
    }

    /** The request type's name, or {@code null} when the issue is not a JSM request. */
    default String requestType(Issue issue) {
        return null;
    }

    /** The request participants. */
    default List<Person> participants(Issue issue) {
        return List.of();
    }

    /** The CSAT rating 1–5 and when it was given, or {@code null} when not rated. */
    default Rating rating(Issue issue) {
        return null;
    }

    /** Cycles of the first-response and resolution SLAs. */
    default List<SlaCycle> slaCycles(Issue issue) {
        return List.of();
    }

    /** A customer satisfaction rating. */
    record Rating(int value, Instant givenAt) {
    }
}
