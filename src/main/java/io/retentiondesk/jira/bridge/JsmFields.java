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

    /** What the CSAT field holds: a rating 1–5, nothing, or a value the app cannot read as a rating. */
    default Rating rating(Issue issue) {
        return Rating.ABSENT;
    }

    /**
     * Cycles of the first-response and resolution SLAs.
     *
     * @throws IllegalStateException when there is no user to read them as (a system run without a run-as user):
     *                               a ticket's facts never silently lose their SLAs
     */
    default List<SlaCycle> slaCycles(Issue issue) {
        return List.of();
    }

    /**
     * The customer satisfaction rating as the Satisfaction field holds it. Absent and unreadable are told apart,
     * so an unreadable rating is never scored as if the customer had not rated.
     */
    sealed interface Rating permits Rating.Given, Rating.Absent, Rating.Unreadable {
        /** Not rated (or no Satisfaction field applies to the issue). */
        Rating ABSENT = new Absent();

        /** A rating 1–5 and when it was given ({@code null} when the Satisfaction date is not known). */
        record Given(int value, Instant givenAt) implements Rating {
            public Given {
                if (value < 1 || value > 5) {
                    throw new IllegalArgumentException("a CSAT rating is 1 to 5, got " + value);
                }
            }
        }

        /** The field is empty. */
        record Absent() implements Rating {
        }

        /**
         * The field holds something that is not a readable rating.
         *
         * @param shape the value's Java type, for the log (never the value: it may carry the customer's words)
         */
        record Unreadable(String shape) implements Rating {
        }
    }
}
