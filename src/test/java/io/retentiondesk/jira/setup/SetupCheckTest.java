package io.retentiondesk.jira.setup;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The collector: parts in their order, whatever order Spring hands them over in; a failing part is one line. */
class SetupCheckTest {
    private static SetupLine line(String title, SetupState state) {
        return new SetupLine(title, state, "retention.setup.work.pending.none", List.of(), null);
    }

    @Test
    void linesComePartByPartInTheOrderThePartsSay() {
        FixedPart jobs = new FixedPart(40, line("jobs", SetupState.OK));
        FixedPart fields = new FixedPart(10, line("field a", SetupState.MISSING), line("field b", SetupState.AMBIGUOUS));
        FixedPart runAs = new FixedPart(70, line("run-as", SetupState.INFO));
        SetupCheck check = new SetupCheck(List.of(runAs, jobs, fields));
        assertThat(check.parts()).containsExactly(fields, jobs, runAs);
        assertThat(check.lines()).extracting(SetupLine::titleKey).containsExactly("field a", "field b", "jobs", "run-as");
        assertThat(List.of(jobs.asked(), fields.asked(), runAs.asked())).containsOnly(1);
    }

    @Test
    void aPartThatFailsBecomesOneFailingLineNamingItAndTheOthersStillShow() {
        SetupCheckPart broken = new BrokenPart();
        SetupCheck check = new SetupCheck(List.of(new FixedPart(50, line("work", SetupState.OK)), broken));
        List<SetupLine> lines = check.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).state()).isEqualTo(SetupState.FAILING);
        assertThat(lines.get(0).titleKey()).isEqualTo(SetupCheck.PART_FAILED_TITLE);
        assertThat(lines.get(0).arguments()).containsExactly("BrokenPart",
                IllegalStateException.class.getName()).noneMatch(a -> a.contains("secret"));
        assertThat(lines.get(1).titleKey()).isEqualTo("work");
    }

    private static final class BrokenPart implements SetupCheckPart {
        @Override
        public int order() {
            return 30;
        }

        @Override
        public List<SetupLine> lines() {
            throw new IllegalStateException("customer Acme <secret> wrote this");
        }
    }
}
