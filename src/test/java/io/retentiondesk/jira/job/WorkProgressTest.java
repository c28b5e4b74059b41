package io.retentiondesk.jira.job;

import io.retentiondesk.jira.policy.MapPluginSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's progress in plugin settings: written sparingly, read back whole, never blocking forever. */
class WorkProgressTest {
    private final Map<String, Object> stored = new HashMap<>();
    private final io.retentiondesk.testing.MutableClock clock =
            new io.retentiondesk.testing.MutableClock(Instant.parse("2026-11-30T02:30:00Z"));
    private final WorkProgress progress = new WorkProgress(MapPluginSettings.over(stored), clock);

    @Test
    void progressIsWrittenAtMostEveryTwoSecondsAndTheResultIsReadBackWhole() {
        WorkProgress.Run run = progress.started(NightlyWork.Task.REASSESS);
        run.at(0, 300);
        clock.advance(Duration.ofMillis(500));
        run.at(10, 300);
        assertThat(progress.current().orElseThrow().done()).as("within 2 s of the last write").isZero();
        clock.advance(Duration.ofSeconds(2));
        run.at(20, 300);
        assertThat(progress.current().orElseThrow().done()).isEqualTo(20);
        assertThat(progress.busy()).isTrue();
        NightlyWork.Summary summary = new NightlyWork.Summary(0, 0, 0, 0, 0, 300, 0, false);
        run.finished(summary);
        WorkProgress.Status done = progress.current().orElseThrow();
        assertThat(done.state()).isEqualTo(WorkProgress.State.DONE);
        assertThat(done.summary()).isEqualTo(summary);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(progress.busy()).isFalse();
    }

    @Test
    void aRunNotHeardFromForHalfAnHourNoLongerBlocksANewOne() {
        progress.queued(NightlyWork.Task.RETIER);
        assertThat(progress.busy()).isTrue();
        clock.advance(WorkProgress.STALE.plusSeconds(1));
        assertThat(progress.busy()).isFalse();
    }

    @Test
    void anUnreadableRecordIsNoRunAtAll() {
        stored.put(WorkProgress.KEY, "{\"task\": \"SOMETHING_ELSE\"");
        assertThat(progress.current()).isEmpty();
        assertThat(progress.busy()).isFalse();
    }
}
