package io.retentiondesk.report.sample;

import com.google.gson.stream.JsonWriter;

import java.io.IOException;

/**
 * Writes {@link Plan}s as Jira Data Center REST v2 issues ({@code expand=changelog,names,schema}) inside search
 * pages, streaming through a {@link JsonWriter}. The JSM fields get the ids of a typical instance
 * (customfield_10100 …); a reader should find them by {@code schema.custom}, as the pages say.
 */
final class IssueWriter {
    static final String BASE_URL = "https://jira.example.com";
    static final String ORGANIZATIONS = "customfield_10100";
    static final String REQUEST_TYPE = "customfield_10101";
    static final String SATISFACTION = "customfield_10102";
    static final String SATISFACTION_DATE = "customfield_10103";
    static final String FIRST_RESPONSE_SLA = "customfield_10104";
    static final String RESOLUTION_SLA = "customfield_10105";
    static final String PARTICIPANTS = "customfield_10106";

    private static final String[] PRIORITY_IDS = {"1", "2", "3", "4", "5"};

    private final long asOf;
    private final TicketPlanner ids;

    IssueWriter(long asOf, TicketPlanner ids) {
        this.asOf = asOf;
        this.ids = ids;
    }

    static void beginPage(JsonWriter j, int startAt, int maxResults, int total) throws IOException {
        j.beginObject();
        j.name("expand").value("schema,names");
        j.name("startAt").value(startAt);
        j.name("maxResults").value(maxResults);
        j.name("total").value(total);
        j.name("issues").beginArray();
    }

    /** Closes the issues and writes {@code names} and {@code schema} after them, as Jira does. */
    static void endPage(JsonWriter j) throws IOException {
        j.endArray();
        j.name("names").beginObject();
        j.name(ORGANIZATIONS).value("Organizations");
        j.name(REQUEST_TYPE).value("Customer Request Type");
        j.name(SATISFACTION).value("Satisfaction");
        j.name(SATISFACTION_DATE).value("Satisfaction date");
        j.name(FIRST_RESPONSE_SLA).value("Time to first response");
        j.name(RESOLUTION_SLA).value("Time to resolution");
        j.name(PARTICIPANTS).value("Request participants");
        j.endObject();
        j.name("schema").beginObject();
        schema(j, ORGANIZATIONS, "array", "sd-customerorganization", "com.atlassian.servicedesk:sd-customer-organizations");
        schema(j, REQUEST_TYPE, "sd-customerrequesttype", null, "com.atlassian.servicedesk:vp-origin");
        schema(j, SATISFACTION, "sd-feedback", null, "com.atlassian.servicedesk:sd-request-feedback");
        schema(j, SATISFACTION_DATE, "datetime", null, "com.atlassian.servicedesk:sd-request-feedback-date");
        schema(j, FIRST_RESPONSE_SLA, "sd-servicelevelagreement", null, "com.atlassian.servicedesk:sd-sla-field");
        schema(j, RESOLUTION_SLA, "sd-servicelevelagreement", null, "com.atlassian.servicedesk:sd-sla-field");
        schema(j, PARTICIPANTS, "array", "user", "com.atlassian.servicedesk:sd-request-participants");
        j.endObject();
        j.endObject();
    }

    private static void schema(JsonWriter j, String field, String type, String items, String custom)
            throws IOException {
        j.name(field).beginObject();
        j.name("type").value(type);
        if (items != null) {
            j.name("items").value(items);
        }
        j.name("custom").value(custom);
        j.name("customId").value(Long.parseLong(field.substring("customfield_".length())));
        j.endObject();
    }

    void issue(JsonWriter j, Plan p) throws IOException {
        String id = String.valueOf(10_000 + p.number);
        j.beginObject();
        j.name("id").value(id);
        j.name("key").value(p.key);
        j.name("self").value(BASE_URL + "/rest/api/2/issue/" + id);
        j.name("fields").beginObject();
        j.name("project").beginObject().name("id").value("10000").name("key").value("SUP")
                .name("name").value("Customer Support").endObject();
        j.name("summary").value(p.summary);
        j.name("description").value(p.description);
        j.name("issuetype").beginObject().name("name").value(p.issueType).endObject();
        j.name("priority").beginObject().name("id").value(PRIORITY_IDS[p.priority])
                .name("name").value(TicketPlanner.PRIORITIES[p.priority]).endObject();
        j.name("status").beginObject().name("id").value(p.statusId).name("name").value(p.status).endObject();
        j.name("created").value(Times.jira(p.created));
        j.name("updated").value(Times.jira(p.updated));
        if (p.resolution != null) {
            j.name("resolutiondate").value(Times.jira(p.resolvedAt));
            j.name("resolution").beginObject().name("id").value(p.resolutionId).name("name").value(p.resolution)
                    .endObject();
        } else {
            j.name("resolutiondate").nullValue();
            j.name("resolution").nullValue();
        }
        j.name("reporter");
        user(j, p.reporter);
        j.name("assignee");
        user(j, p.assignee);
        j.name("labels").beginArray();
        if (p.complaint) {
            j.value("complaint");
            if (p.category != null) {
                j.value(p.category);
            }
        }
        j.endArray();
        j.name("components").beginArray().beginObject().name("name").value(p.component).endObject().endArray();
        comments(j, p);

        j.name(ORGANIZATIONS).beginArray();
        if (p.customer.organization) {
            j.beginObject().name("id").value(p.customer.orgId).name("name").value(p.customer.key).endObject();
        }
        j.endArray();
        j.name(REQUEST_TYPE).beginObject().name("requestType").beginObject()
                .name("id").value(Texts.REQUEST_TYPE_IDS[p.requestType])
                .name("name").value(Texts.REQUEST_TYPES[p.requestType])
                .endObject().endObject();
        if (p.rating > 0) {
            j.name(SATISFACTION).beginObject().name("rating").value(p.rating).endObject();
            j.name(SATISFACTION_DATE).value(Times.jira(p.ratedAt));
        } else {
            j.name(SATISFACTION).nullValue();
            j.name(SATISFACTION_DATE).nullValue();
        }
        if (p.sla) {
            j.name(FIRST_RESPONSE_SLA);
            slaStart(j, "1", "Time to first response");
            if (p.firstResponseStop >= 0) {
                cycle(j, p.created, p.firstResponseStop, p.goalFirstResponse);
            }
            slaEnd(j, p.firstResponseStop >= 0 ? -1 : p.created, p.goalFirstResponse);
            j.name(RESOLUTION_SLA);
            slaStart(j, "2", "Time to resolution");
            long running = -1;
            for (long[] c : p.resolutionCycles) {
                if (c[1] >= 0) {
                    cycle(j, c[0], c[1], p.goalResolution);
                } else {
                    running = c[0];
                }
            }
            slaEnd(j, running, p.goalResolution);
        } else {
            j.name(FIRST_RESPONSE_SLA).nullValue();
            j.name(RESOLUTION_SLA).nullValue();
        }
        j.name(PARTICIPANTS).beginArray();
        for (User u : p.participants) {
            user(j, u);
        }
        j.endArray();
        j.endObject();

        j.name("changelog").beginObject();
        j.name("startAt").value(0);
        j.name("maxResults").value(p.histories.size());
        j.name("total").value(p.histories.size());
        j.name("histories").beginArray();
        for (Plan.History h : p.histories) {
            j.beginObject();
            j.name("id").value(String.valueOf(h.id()));
            j.name("author");
            user(j, h.author());
            j.name("created").value(Times.jira(h.at()));
            j.name("items").beginArray();
            for (Plan.Item item : h.items()) {
                j.beginObject();
                j.name("field").value(item.field());
                j.name("fieldtype").value("jira");
                j.name("from").value(item.from());
                j.name("fromString").value(item.fromText());
                j.name("to").value(item.to());
                j.name("toString").value(item.toText());
                j.endObject();
            }
            j.endArray();
            j.endObject();
        }
        j.endArray();
        j.endObject();
        j.endObject();
    }

    private void comments(JsonWriter j, Plan p) throws IOException {
        j.name("comment").beginObject();
        j.name("startAt").value(0);
        j.name("maxResults").value(p.comments.size());
        j.name("total").value(p.comments.size());
        j.name("comments").beginArray();
        for (Plan.Message m : p.comments) {
            String at = Times.jira(m.at());
            j.beginObject();
            j.name("id").value(String.valueOf(ids.nextCommentId()));
            j.name("author");
            user(j, m.author());
            j.name("body").value(m.body());
            j.name("created").value(at);
            j.name("updated").value(at);
            j.endObject();
        }
        j.endArray();
        j.endObject();
    }

    private static void slaStart(JsonWriter j, String id, String name) throws IOException {
        j.beginObject();
        j.name("id").value(id);
        j.name("name").value(name);
        j.name("completedCycles").beginArray();
    }

    /** Ends the completed cycles and writes the running one when {@code runningSince} is not -1. */
    private void slaEnd(JsonWriter j, long runningSince, long goal) throws IOException {
        j.endArray();
        if (runningSince >= 0) {
            long elapsed = asOf - runningSince;
            j.name("ongoingCycle").beginObject();
            j.name("startTime");
            time(j, runningSince);
            j.name("breached").value(elapsed > goal);
            j.name("paused").value(false);
            j.name("withinCalendarHours").value(true);
            millis(j, "goalDuration", goal);
            millis(j, "elapsedTime", elapsed);
            millis(j, "remainingTime", goal - elapsed);
            j.endObject();
        }
        j.endObject();
    }

    private static void cycle(JsonWriter j, long start, long stop, long goal) throws IOException {
        long elapsed = stop - start;
        j.beginObject();
        j.name("startTime");
        time(j, start);
        j.name("stopTime");
        time(j, stop);
        j.name("breached").value(elapsed > goal);
        millis(j, "goalDuration", goal);
        millis(j, "elapsedTime", elapsed);
        millis(j, "remainingTime", goal - elapsed);
        j.endObject();
    }

    private static void time(JsonWriter j, long ms) throws IOException {
        j.beginObject().name("iso8601").value(Times.sla(ms)).name("epochMillis").value(ms).endObject();
    }

    private static void millis(JsonWriter j, String name, long ms) throws IOException {
        j.name(name).beginObject().name("millis").value(ms).endObject();
    }

    static void user(JsonWriter j, User u) throws IOException {
        if (u == null) {
            j.nullValue();
            return;
        }
        j.beginObject();
        j.name("name").value(u.name());
        j.name("key").value(u.key());
        j.name("emailAddress").value(u.email());
        j.name("displayName").value(u.displayName());
        j.endObject();
    }
}
