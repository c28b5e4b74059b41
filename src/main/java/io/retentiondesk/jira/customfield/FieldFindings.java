package io.retentiondesk.jira.customfield;

import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What writing the app's fields ran into on this node since it started: a value with no field of its type on the
 * issue, or two fields of one type that both apply. Each is logged once per field, project and issue type (with the
 * first issue's key) and counted, for the setup check; an ambiguity is never resolved by picking one.
 */
@Named
public class FieldFindings {
    private static final Logger LOG = LoggerFactory.getLogger(FieldFindings.class);

    /** Where a field was missing or ambiguous. */
    public record Place(RetentionField field, Long projectId, String issueTypeId, boolean ambiguous) {
    }

    private final Map<Place, LongAdder> counts = new ConcurrentHashMap<>();

    void missing(RetentionField field, Long projectId, String issueTypeId, String issueKey) {
        note(new Place(field, projectId, issueTypeId, false), issueKey);
    }

    void ambiguous(RetentionField field, Long projectId, String issueTypeId, String issueKey) {
        note(new Place(field, projectId, issueTypeId, true), issueKey);
    }

    private void note(Place place, String issueKey) {
        LongAdder count = counts.computeIfAbsent(place, p -> {
            LOG.warn("Retention Desk: {} on {}: {} (project {}, issue type {}); the value is not written and the setup check shows it",
                    p.ambiguous() ? "two or more fields of the type apply" : "no field of the type applies",
                    issueKey, p.field().typeKey(), p.projectId(), p.issueTypeId());
            return new LongAdder();
        });
        count.increment();
    }

    /** How many writes each place has lost since this node started. */
    public Map<Place, Long> counts() {
        Map<Place, Long> out = new java.util.HashMap<>();
        counts.forEach((p, c) -> out.put(p, c.sum()));
        return out;
    }
}
