package io.retentiondesk.core.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A service ticket as read from Jira or from an export: everything the rules look at and nothing else.
 * Immutable; lists are copied. The offline reader and the Jira adapter both produce this value, so a ticket
 * gives the same facts in both.
 *
 * @param key            issue key, e.g. SUP-12
 * @param created        creation time
 * @param summary        summary ("" when none)
 * @param description    description ("" when none)
 * @param issueType      issue type name
 * @param requestType    JSM request type name, {@code null} when the ticket has none
 * @param labels         labels
 * @param components     component names
 * @param priorityName   priority name as Jira shows it, {@code null} when none
 * @param reporter       reporter, {@code null} when unknown
 * @param participants   JSM request participants
 * @param organizations  JSM organization names
 * @param resolutionName current resolution name, {@code null} when unresolved
 * @param resolved       current resolution date, {@code null} when unresolved
 * @param comments       comments in any order
 * @param changes        assignee and resolution changes in any order
 * @param rating         JSM CSAT rating 1–5, {@code null} when not rated
 * @param ratedAt        when the rating was given, {@code null} when unknown
 * @param slaCycles      SLA cycles of the first-response and resolution SLAs
 * @param appCallback    the app's own Callback status / due values when the export carries them, else {@code null}
 */
public record Ticket(String key, Instant created, String summary, String description, String issueType,
                     String requestType, List<String> labels, List<String> components, String priorityName,
                     Person reporter, List<Person> participants, List<String> organizations,
                     String resolutionName, Instant resolved, List<Comment> comments, List<FieldChange> changes,
                     Integer rating, Instant ratedAt, List<SlaCycle> slaCycles, RecordedCallback appCallback) {

    public Ticket {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(created, "created");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        labels = List.copyOf(labels);
        components = List.copyOf(components);
        participants = List.copyOf(participants);
        organizations = List.copyOf(organizations);
        comments = List.copyOf(comments);
        changes = List.copyOf(changes);
        slaCycles = List.copyOf(slaCycles);
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("rating: expected 1 to 5, got " + rating);
        }
    }

    /**
     * The app's Callback status and Callback due fields as exported.
     *
     * @param status the status name, e.g. PENDING or DONE
     * @param due    the due time, {@code null} when empty
     */
    public record RecordedCallback(String status, Instant due) {
    }
}
