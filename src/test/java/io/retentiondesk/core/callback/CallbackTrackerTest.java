package io.retentiondesk.core.callback;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackTrackerTest {
    private static final Instant RESOLVED = Instant.parse("2026-06-01T12:00:00Z");
    private final CallbackTracker tracker = new CallbackTracker(Policy.defaults().callbacks());
    private final Ticket complaint = new TicketBuilder("SUP-9", RESOLVED.minusSeconds(86_400)).issueType("complaint")
            .label("staff-attitude").build();

    private static Instant h(double hours) {
        return io.retentiondesk.testing.Hours.after(RESOLVED, hours);
    }

    private static CallbackAttempt attempt(double hours, CallbackOutcome outcome) {
        return new CallbackAttempt("SUP-9", h(hours), "agent1", outcome, null, "");
    }

    @ParameterizedTest
    @CsvSource({"KEY,24", "MAJOR,48", "ORDINARY,72", "SMALL,72", "UNRATED,72"})
    void dueByTier(Tier tier, int hours) {
        assertThat(tracker.track(complaint, RESOLVED, tier, List.of(), RESOLVED).due()).isEqualTo(h(hours));
    }

    @Test
    void pendingUntilStrictlyPastDueThenOverdue() {
        assertThat(tracker.track(complaint, RESOLVED, Tier.KEY, List.of(), h(24)).status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(tracker.track(complaint, RESOLVED, Tier.KEY, List.of(), h(24).plusMillis(1)).status())
                .isEqualTo(CallbackStatus.OVERDUE);
    }

    @Test
    void outcomes() {
        assertThat(tracker.track(complaint, RESOLVED, Tier.KEY, List.of(attempt(30, CallbackOutcome.SATISFIED)), h(100))
                .status()).isEqualTo(CallbackStatus.DONE);
        assertThat(tracker.track(complaint, RESOLVED, Tier.KEY,
                List.of(attempt(5, CallbackOutcome.STILL_DISSATISFIED)), h(100)).status()).isEqualTo(CallbackStatus.FAILED);
    }

    @Test
    void unreachableRetriesADayLaterAndGivesUpAfterThreeAttempts() {
        Callback one = tracker.track(complaint, RESOLVED, Tier.KEY, List.of(attempt(10, CallbackOutcome.UNREACHABLE)), h(20));
        assertThat(one.status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(one.due()).isEqualTo(h(34));
        Callback overdue = tracker.track(complaint, RESOLVED, Tier.KEY, List.of(attempt(10, CallbackOutcome.UNREACHABLE)), h(35));
        assertThat(overdue.status()).isEqualTo(CallbackStatus.OVERDUE);
        Callback three = tracker.track(complaint, RESOLVED, Tier.KEY, List.of(attempt(10, CallbackOutcome.UNREACHABLE),
                attempt(34, CallbackOutcome.UNREACHABLE), attempt(58, CallbackOutcome.UNREACHABLE)), h(500));
        assertThat(three.status()).isEqualTo(CallbackStatus.UNREACHABLE);
    }

    @Test
    void attemptsAfterAsOfHaveNotHappened() {
        Callback c = tracker.track(complaint, RESOLVED, Tier.KEY, List.of(attempt(30, CallbackOutcome.SATISFIED)), h(20));
        assertThat(c.status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(c.attempts()).isEmpty();
    }

    @Test
    void reopenedComplaintIsDueFromItsFinalResolutionAndEarlierAttemptsStayInHistory() {
        Instant finalResolution = h(100);
        Callback c = tracker.track(complaint, finalResolution, Tier.MAJOR,
                List.of(attempt(20, CallbackOutcome.STILL_DISSATISFIED)), h(120));
        assertThat(c.status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(c.due()).isEqualTo(finalResolution.plus(Duration.ofHours(48)));
        assertThat(c.attempts()).hasSize(1);
        assertThat(c.category()).isEqualTo(ComplaintCategory.STAFF_ATTITUDE);
    }

    @Test
    void unresolvedComplaintHasNothingScheduled() {
        Callback c = tracker.track(complaint, null, Tier.KEY, List.of(), h(10));
        assertThat(c.status()).isNull();
        assertThat(c.due()).isNull();
    }

    @Test
    void recordedFieldsAndUnknownExports() {
        Callback recorded = tracker.fromRecorded(complaint, new Ticket.RecordedCallback("pending", h(24)), RESOLVED,
                Tier.KEY, h(30));
        assertThat(recorded.status()).isEqualTo(CallbackStatus.OVERDUE);
        Callback done = tracker.fromRecorded(complaint, new Ticket.RecordedCallback("DONE", null), RESOLVED, Tier.KEY, h(30));
        assertThat(done.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(done.due()).isEqualTo(h(24));
        Callback unknown = tracker.unknown(complaint, RESOLVED, Tier.SMALL);
        assertThat(unknown.status()).isEqualTo(CallbackStatus.UNKNOWN);
        assertThat(unknown.due()).isEqualTo(h(72));
    }

    @Test
    void complaintMatchingIsCaseInsensitiveOnTypeRequestTypeLabelAndComponent() {
        TicketBuilder base = new TicketBuilder("X-1", RESOLVED).issueType("Incident");
        assertThat(tracker.isComplaint(base.build())).isFalse();
        assertThat(tracker.isComplaint(new TicketBuilder("X-2", RESOLVED).issueType("COMPLAINT").build())).isTrue();
        assertThat(tracker.isComplaint(new TicketBuilder("X-3", RESOLVED).requestType("complaint").build())).isTrue();
        assertThat(tracker.isComplaint(new TicketBuilder("X-4", RESOLVED).label("Complaint").build())).isTrue();
        ComplaintMatchers byComponent = new ComplaintMatchers(List.of(), List.of(), List.of(), List.of("Escalations"));
        assertThat(byComponent.matches(new TicketBuilder("X-5", RESOLVED).component("escalations").build())).isTrue();
    }

    @Test
    void categoryFromLabels() {
        assertThat(ComplaintCategory.fromLabels(List.of("complaint", "Product_Quality"))).isEqualTo(ComplaintCategory.PRODUCT_QUALITY);
        assertThat(ComplaintCategory.fromLabels(List.of("misuse"))).isEqualTo(ComplaintCategory.MISUSE);
        assertThat(ComplaintCategory.fromLabels(List.of("complaint"))).isEqualTo(ComplaintCategory.OTHER);
        assertThat(ComplaintCategory.MISUNDERSTANDING.remedyKey()).isEqualTo("retention.complaint.remedy.MISUNDERSTANDING");
    }
}
