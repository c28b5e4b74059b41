package io.retentiondesk.jira.adminpage;

import io.retentiondesk.jira.job.NightlyWork;
import io.retentiondesk.jira.job.WorkProgress;
import io.retentiondesk.jira.panel.PanelContent;
import io.retentiondesk.jira.panel.PanelSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every task in every state has its words in both languages; a run a dead node left behind says so. */
class WorkSectionTest {
    private static final Instant STARTED = Instant.parse("2026-11-30T02:30:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyTaskAndStateIsWorded(String language) {
        PanelContent.Texts texts = PanelSamples.texts("zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        NightlyWork.Summary summary = new NightlyWork.Summary(1, 2, 0, 3, 40, 5, 6, true);
        for (NightlyWork.Task task : NightlyWork.Task.values()) {
            for (WorkProgress.State state : WorkProgress.State.values()) {
                WorkProgress.Status status = new WorkProgress.Status(task, state, 10, 40, STARTED, STARTED.plusSeconds(60),
                        state == WorkProgress.State.DONE ? summary : null);
                Map<String, Object> c = WorkSection.context(status, STARTED.plusSeconds(61), texts);
                assertThat((String) c.get("workLine")).as(task + " " + state).isNotBlank().doesNotContain("{");
                assertThat(c.get("workActive")).isEqualTo(state == WorkProgress.State.QUEUED || state == WorkProgress.State.RUNNING);
                if (state == WorkProgress.State.DONE) {
                    assertThat((String) c.get("workSummary")).contains("3", "5", "6");
                    assertThat(c.get("workPercent")).isEqualTo("100");
                }
            }
        }
        assertThat((String) WorkSection.context(null, STARTED, texts).get("workLine")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUEUED", "RUNNING"})
    void aRunNotHeardFromForHalfAnHourIsShownAsAbandonedAndFreesTheButtons(String state) {
        WorkProgress.Status status = new WorkProgress.Status(NightlyWork.Task.REASSESS, WorkProgress.State.valueOf(state),
                120, 400, STARTED, STARTED.plusSeconds(60), null);
        Map<String, Object> c = WorkSection.context(status, STARTED.plusSeconds(60).plus(Duration.ofMinutes(31)),
                PanelSamples.texts(Locale.ENGLISH));
        assertThat(c.get("workActive")).isEqualTo(false);
        assertThat((String) c.get("workLine")).isEqualTo(
                "Re-assess: not heard from since 2026-11-30 02:31 UTC; its node probably stopped. Start it again.");
        assertThat(c.get("workPercent")).isEqualTo("30");
    }

    /** A calibration counts steps (each customer read, then each customer's months built), not customers. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void aCalibrationRunCountsStepsAndFinishesWithoutASummary(String language) {
        PanelContent.Texts texts = PanelSamples.texts("zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        WorkProgress.Status running = new WorkProgress.Status(NightlyWork.Task.CALIBRATE, WorkProgress.State.RUNNING,
                1200, 4800, STARTED, STARTED.plusSeconds(60), null);
        Map<String, Object> c = WorkSection.context(running, STARTED.plusSeconds(61), texts);
        assertThat((String) c.get("workLine")).isEqualTo("en".equals(language)
                ? "Calibrate from history: 1,200 of 4,800 steps (each customer's records read, then its months built for"
                        + " the fit), started 2026-11-30 02:30 UTC."
                : "依据历史校准：已完成 1,200 / 4,800 步（先读取每个客户的记录，再为拟合构建其客户月），开始于 2026-11-30 02:30 UTC。");
        assertThat(c.get("workPercent")).isEqualTo("25");
        WorkProgress.Status done = new WorkProgress.Status(NightlyWork.Task.CALIBRATE, WorkProgress.State.DONE,
                4800, 4800, STARTED, STARTED.plusSeconds(600), null);
        assertThat(WorkSection.context(done, STARTED.plusSeconds(601), texts).get("workSummary")).isEqualTo("");
    }
}
