package io.retentiondesk.jira.adminpage;

import io.retentiondesk.jira.customfield.JiraFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The section's form and what pressing Set up fields answers: the status, the message and a line per field. */
class FieldSetupSectionTest {
    private final JiraFields jira = new JiraFields();
    private final FieldSetupSection section = new FieldSetupSection(jira.setup(), jira.serviceProjects());
    private final Bundle en = Bundle.of(Locale.ENGLISH);

    @BeforeEach
    void serviceProjects() {
        jira.serviceProject(10000L, "SUP");
        jira.serviceProject(10100L, "HELP");
    }

    @Test
    void theFormOffersEveryServiceProjectTickedUntilAChoiceIsMade() {
        Map<String, Object> c = section.context(en::text);
        assertThat(c.get("fieldProjects")).isEqualTo(List.of(new ProjectChoice("10100", "HELP service desk (HELP)", true),
                new ProjectChoice("10000", "SUP service desk (SUP)", true)));
        assertThat(c).containsEntry("hasServiceProjects", true).containsEntry("fieldSetupLines", List.of());

        section.setUp(new String[] {"10000"}, en::text);
        assertThat(section.context(en::text).get("fieldProjects")).isEqualTo(List.of(
                new ProjectChoice("10100", "HELP service desk (HELP)", false),
                new ProjectChoice("10000", "SUP service desk (SUP)", true)));
    }

    @Test
    void aRunSaysWhatItCreatedFieldByField() {
        jira.field("Customer tier", RetentionField.CUSTOMER_TIER.typeKey());
        FieldSetupSection.Result r = section.setUp(new String[] {" 10000 ", "10100"}, en::text);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message()).isEqualTo(en.text("retention.admin.fields.done", 11, 0, 1, 12));
        assertThat(r.lines()).hasSize(11).first().asString()
                .matches("Created Satisfaction score \\(customfield_\\d+\\) for SUP, HELP\\.");
    }

    @Test
    void aFieldJiraCannotCreateAnswers500WithWhyAndTheOthersAreCreated() {
        jira.failsCreating(RetentionField.CALLBACK_NOTE.typeKey(), new IllegalStateException("no"));
        FieldSetupSection.Result r = section.setUp(new String[] {"10000"}, en::text);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.lines()).hasSize(12).last().isEqualTo(en.text("retention.admin.fields.notCreated", "Callback note",
                "SUP", en.text("retention.admin.fields.failed", "java.lang.IllegalStateException")));
    }

    @Test
    void aProjectIdThatIsNotANumberIsRefusedWith400BeforeAnythingRuns() {
        FieldSetupSection.Result r = section.setUp(new String[] {"10000", "1 OR 1=1"}, en::text);
        assertThat(r).isEqualTo(new FieldSetupSection.Result(400,
                en.text("retention.admin.fields.notServiceProject", "1 OR 1=1"), List.of()));
        assertThat(section.setUp(null, en::text).status()).isEqualTo(400);
        assertThat(jira.all()).isEmpty();
        assertThat(jira.settings).isEmpty();
    }

    @Test
    void aPressWhileAnotherRunIsGoingOnAnswers409AndCreatesNothing() throws Exception {
        jira.whileAnotherNodeSetsUp(() -> {
            assertThat(section.setUp(new String[] {"10000"}, en::text)).isEqualTo(new FieldSetupSection.Result(409,
                    en.text("retention.admin.fields.busy"), List.of()));
        });
        assertThat(jira.all()).isEmpty();
    }
}
