package io.retentiondesk.report.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * One ticket as it stands at the export time: everything {@link IssueWriter} writes, already cut at asOf and
 * consistent (fields agree with the change history and the SLA cycles with the comments). Lives for one ticket.
 */
final class Plan {
    /** A comment. */
    record Message(long at, User author, String body) {
    }

    /** One changelog item. */
    record Item(String field, String from, String fromText, String to, String toText) {
    }

    /** One changelog history: who changed what, when. */
    record History(long id, long at, User author, List<Item> items) {
    }

    int number;
    String key;
    long created;
    long updated;
    Customer customer;
    User reporter;
    final List<User> participants = new ArrayList<>(2);
    int requestType;
    String summary;
    String description;
    String issueType;
    int priority;
    String component;
    boolean complaint;
    String category;

    String status;
    String statusId;
    User assignee;
    /** Current resolution name, {@code null} when unresolved. */
    String resolution;
    String resolutionId;
    long resolvedAt;
    int reopens;
    /** Hand-offs drawn for the ticket (all happen before its first resolution). */
    int handoffs;
    boolean churn;

    final List<Message> comments = new ArrayList<>(8);
    final List<History> histories = new ArrayList<>(8);

    /** CSAT 1–5, 0 when not rated. */
    int rating;
    long ratedAt;

    boolean sla;
    long goalFirstResponse;
    long goalResolution;
    /** Stop of the first-response cycle, -1 while it runs. */
    long firstResponseStop;
    /** Resolution cycles as start, stop pairs; a stop of -1 is the running cycle. */
    final List<long[]> resolutionCycles = new ArrayList<>(3);

    double trouble;
    int callback;
}
