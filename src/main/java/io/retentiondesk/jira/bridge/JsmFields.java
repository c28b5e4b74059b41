package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.Issue;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.SlaCycle;

import java.time.Instant;
import java.util.List;

/**
 * The Jira Service Management values of a request. JSM's field values are internal classes, so they are read
 * through JSM's public services behind this small interface, which hides the version-sensitive part.
 */
public interface JsmFields {
    /** Names of the request's organizations, in Jira's order. */
    List<String> organizations(Issue issue);

    /** The request type's name, or {@code null} when the issue is not a JSM request. */
    String requestType(Issue issue);

    /** The request participants. */
    List<Person> participants(Issue issue);

    /** The CSAT rating 1–5 and when it was given, or {@code null} when not rated. */
    Rating rating(Issue issue);

    /** Cycles of the first-response and resolution SLAs. */
    List<SlaCycle> slaCycles(Issue issue);

    /** A customer satisfaction rating. */
    record Rating(int value, Instant givenAt) {
    }

    /** For issues outside any service project: no JSM values at all. */
    JsmFields NONE = new JsmFields() {
        @Override
        public List<String> organizations(Issue issue) {
            return List.of();
        }

        @Override
        public String requestType(Issue issue) {
            return null;
        }

        @Override
        public List<Person> participants(Issue issue) {
            return List.of();
        }

        @Override
        public Rating rating(Issue issue) {
            return null;
        }

        @Override
        public List<SlaCycle> slaCycles(Issue issue) {
            return List.of();
        }
    };
}
