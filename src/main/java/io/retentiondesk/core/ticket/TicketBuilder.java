package io.retentiondesk.core.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Assembles a {@link Ticket} field by field, for readers and adapters that discover fields one at a time. */
public final class TicketBuilder {
    private final String key;
    private final Instant created;
    private String summary = "";
    private String description = "";
    private String issueType;
    private String requestType;
    private final List<String> labels = new ArrayList<>();
    private final List<String> components = new ArrayList<>();
    private String priorityName;
    private Person reporter;
    private final List<Person> participants = new ArrayList<>();
    private final List<String> organizations = new ArrayList<>();
    private String resolutionName;
    private Instant resolved;
    private final List<Comment> comments = new ArrayList<>();
    private final List<FieldChange> changes = new ArrayList<>();
    private Integer rating;
    private Instant ratedAt;
    private final List<SlaCycle> slaCycles = new ArrayList<>();
    private Ticket.RecordedCallback appCallback;

    public TicketBuilder(String key, Instant created) {
        this.key = key;
        this.created = created;
    }

    public TicketBuilder summary(String v) { summary = v; return this; }
    public TicketBuilder description(String v) { description = v; return this; }
    public TicketBuilder issueType(String v) { issueType = v; return this; }
    public TicketBuilder requestType(String v) { requestType = v; return this; }
    public TicketBuilder label(String v) { labels.add(v); return this; }
    public TicketBuilder component(String v) { components.add(v); return this; }
    public TicketBuilder priority(String v) { priorityName = v; return this; }
    public TicketBuilder reporter(Person v) { reporter = v; return this; }
    public TicketBuilder participant(Person v) { participants.add(v); return this; }
    public TicketBuilder organization(String v) { organizations.add(v); return this; }
    public TicketBuilder resolution(String name, Instant at) { resolutionName = name; resolved = at; return this; }
    public TicketBuilder comment(Person author, Instant at, String body) { comments.add(new Comment(author, at, body)); return this; }
    public TicketBuilder change(FieldChange v) { changes.add(v); return this; }
    public TicketBuilder assigneeChange(Instant at, String from, String to) {
        return change(new FieldChange(at, FieldChange.Field.ASSIGNEE, from, to));
    }
    public TicketBuilder resolutionChange(Instant at, String from, String to) {
        return change(new FieldChange(at, FieldChange.Field.RESOLUTION, from, to));
    }
    public TicketBuilder rating(Integer v, Instant at) { rating = v; ratedAt = at; return this; }
    public TicketBuilder sla(SlaCycle v) { slaCycles.add(v); return this; }
    public TicketBuilder appCallback(String status, Instant due) {
        appCallback = new Ticket.RecordedCallback(status, due);
        return this;
    }

    public Ticket build() {
        return new Ticket(key, created, summary, description, issueType, requestType, labels, components,
                priorityName, reporter, participants, organizations, resolutionName, resolved, comments, changes,
                rating, ratedAt, slaCycles, appCallback);
    }
}
