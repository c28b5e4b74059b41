package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.project.Project;
import io.retentiondesk.jira.panel.PanelContent.Texts;
import io.retentiondesk.jira.policy.SetupProjectsStore;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Set up fields creates exactly what the chosen service projects lack, once, in the admin's language. */
class FieldSetupTest {
    private final JiraFields jira = new JiraFields();
    private final Bundle en = Bundle.of(Locale.ENGLISH);
    private final Texts english = en::text;
    private Project sup;
    private Project help;

    @BeforeEach
    void anInstance() {
        sup = jira.serviceProject(10000L, "SUP");
        help = jira.serviceProject(10100L, "HELP");
        jira.project(10200L, "DEV", "Development", "software", "Bug", "Story");
    }

    @Test
    void createsExactlyTheMissingFieldsEachWithItsTypeBuiltInSearcherAndAContextOfTheProjectsLackingIt()
            throws Exception {
        jira.field("Churn risk band", RetentionField.CHURN_RISK_BAND.typeKey()); // global: both projects have it
        jira.field("Zufriedenheit", RetentionField.SATISFACTION_SCORE.typeKey(), 10000L); // SUP only, renamed

        FieldSetup.Result result = jira.setup().setUp(List.of(10000L, 10100L), english);

        assertThat(result.present()).containsExactly(RetentionField.CHURN_RISK_BAND);
        assertThat(result.failed()).isEmpty();
        assertThat(result.created()).extracting(FieldSetup.Created::field).containsExactlyElementsOf(
                java.util.Arrays.stream(RetentionField.values()).filter(f -> f != RetentionField.CHURN_RISK_BAND).toList());
        for (RetentionField f : RetentionField.values()) {
            if (f == RetentionField.CHURN_RISK_BAND) {
                verify(jira.manager, never()).createCustomField(eq(en.text(f.nameKey())), anyString(), any(), any(),
                        anyList(), anyList());
                continue;
            }
            ArgumentCaptor<List<JiraContextNode>> contexts = contexts();
            verify(jira.manager).createCustomField(eq(en.text(f.nameKey())), eq(en.text(f.descriptionKey())),
                    eq(jira.type(f.typeKey())), eq(jira.searcher(f.searcher())), contexts.capture(),
                    eq(FieldConfigSchemeManager.ALL_ISSUE_TYPES));
            assertThat(JiraFields.projectIds(contexts.getValue())).as(f.name())
                    .isEqualTo(f == RetentionField.SATISFACTION_SCORE ? Set.of(10100L) : Set.of(10000L, 10100L));
        }
        verify(jira.manager, times(11)).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
    }

    @Test
    void runningItAgainCreatesNothingAndEveryFieldThenServesEachChosenProjectOnce() throws Exception {
        FieldSetup setup = jira.setup();
        assertThat(setup.setUp(List.of(10000L, 10100L), english).created()).hasSize(12);

        FieldSetup.Result again = jira.setup().setUp(List.of(10000L, 10100L), english);

        assertThat(again.created()).isEmpty();
        assertThat(again.failed()).isEmpty();
        assertThat(again.present()).containsExactly(RetentionField.values());
        verify(jira.manager, times(12)).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        jira.scopes().of(List.of(sup, help)).values().forEach(c -> {
            assertThat(c.missing()).isEmpty();
            assertThat(c.ambiguous()).isEmpty();
        });
    }

    @Test
    void aProjectChosenLaterGetsItsOwnFieldsAndTheFirstProjectsKeepTheirs() throws Exception {
        jira.setup().setUp(List.of(10000L), english);
        FieldSetup.Result later = jira.setup().setUp(List.of(10000L, 10100L), english);

        assertThat(later.created()).hasSize(12).allSatisfy(c -> assertThat(c.projectKeys()).containsExactly("HELP"));
        jira.scopes().of(List.of(sup, help)).values().forEach(c -> {
            assertThat(c.missing()).isEmpty();
            assertThat(c.ambiguous()).as("two fields of one type, different contexts: each serves its own").isEmpty();
        });
    }

    @Test
    void namesAndDescriptionsAreInTheAdminsLanguage() throws Exception {
        Bundle zh = Bundle.of(Locale.SIMPLIFIED_CHINESE);
        FieldSetup.Result result = jira.setup().setUp(List.of(10000L), zh::text);

        assertThat(result.created()).extracting(FieldSetup.Created::name).contains("流失风险分", "回访结果");
        verify(jira.manager).createCustomField(eq("回访结果"), eq(zh.text("retention.field.callbackOutcome.description")),
                eq(jira.type(RetentionField.CALLBACK_OUTCOME.typeKey())), any(), anyList(), anyList());
    }

    /** The upgrade path: callback fields an admin made by hand under the documented names keep serving. */
    @Test
    void handMadeCallbackFieldsUnderTheDocumentedNamesCountAsPresentSoNoSecondFieldShadowsThem() throws Exception {
        jira.field("Callback outcome", RetentionField.Searcher.JIRA_FIELDS + ":select");
        jira.field("Callback rating", RetentionField.Searcher.JIRA_FIELDS + ":float");
        jira.field("Callback note", RetentionField.Searcher.JIRA_FIELDS + ":textarea");

        FieldSetup.Result result = jira.setup().setUp(List.of(10000L, 10100L), english);

        assertThat(result.present()).containsExactly(RetentionField.CALLBACK_OUTCOME, RetentionField.CALLBACK_RATING,
                RetentionField.CALLBACK_NOTE);
        assertThat(result.created()).hasSize(9);
    }

    @Test
    void theChoiceIsKeptForTheSetupCheck() throws Exception {
        jira.setup().setUp(List.of(10100L, 10000L, 10100L), english);
        assertThat(new SetupProjectsStore(jira.pluginSettings).projectIds()).contains(List.of(10100L, 10000L));
        assertThat(jira.serviceProjects().projects()).containsExactly(help, sup);
    }

    @Test
    void aChoiceThatIsNotAllServiceProjectsIsRefusedWholeAndNothingIsCreatedOrKept() {
        for (List<Long> bad : List.of(List.<Long>of(), List.of(10000L, 10200L), List.of(10000L, 99999L))) {
            assertThatThrownBy(() -> jira.setup().setUp(bad, english)).isInstanceOf(FieldSetup.Refused.class)
                    .hasMessage(bad.isEmpty() ? en.text("retention.admin.fields.noneChosen")
                            : en.text("retention.admin.fields.notServiceProject", String.valueOf(bad.get(1))));
        }
        verifyNothingCreated();
        assertThat(jira.settings).isEmpty();
    }

    @Test
    void withoutAnyServiceProjectItSaysSo() {
        JiraFields empty = new JiraFields();
        empty.project(1L, "DEV", "Development", "software", "Bug");
        assertThatThrownBy(() -> empty.setup().setUp(List.of(), english))
                .hasMessage(en.text("retention.admin.fields.noServiceProjects"));
        assertThat(empty.serviceProjects().serviceProjects()).isEmpty();
    }

    @Test
    void whileAnotherNodeSetsUpFieldsNothingIsCreatedAndTheAdminIsToldSo() throws Exception {
        jira.whileAnotherNodeSetsUp(() -> {
            assertThatThrownBy(() -> jira.setup().setUp(List.of(10000L), english))
                    .isInstanceOfSatisfying(FieldSetup.Refused.class, r -> assertThat(r.busy()).isTrue())
                    .hasMessage(en.text("retention.admin.fields.busy"));
        });
        verifyNothingCreated();
        assertThat(jira.setup().setUp(List.of(10000L), english).created()).hasSize(12);
    }

    @Test
    void aFieldJiraCannotCreateIsReportedTheOthersAreCreatedAndTheNextRunCreatesOnlyIt() throws Exception {
        jira.failsCreating(RetentionField.CALLBACK_NOTE.typeKey(), new IllegalStateException("database said no"));

        FieldSetup.Result first = jira.setup().setUp(List.of(10000L), english);

        assertThat(first.created()).hasSize(11);
        assertThat(first.failed()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo(RetentionField.CALLBACK_NOTE);
            assertThat(f.projectKeys()).containsExactly("SUP");
            assertThat(f.reason()).isEqualTo(en.text("retention.admin.fields.failed", "java.lang.IllegalStateException"))
                    .doesNotContain("database said no");
        });

        jira.failsNoMore();
        FieldSetup.Result second = jira.setup().setUp(List.of(10000L), english);
        assertThat(second.created()).extracting(FieldSetup.Created::field).containsExactly(RetentionField.CALLBACK_NOTE);
        assertThat(jira.all()).hasSize(12);
    }

    @Test
    void aTypeJiraDoesNotKnowIsReportedAndNothingIsCreatedForIt() throws Exception {
        jira.withoutType(RetentionField.CALLBACK_RATING.typeKey());
        FieldSetup.Result result = jira.setup().setUp(List.of(10000L), english);
        assertThat(result.failed()).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo(en.text("retention.admin.fields.noType", RetentionField.CALLBACK_RATING.typeKey())));
        assertThat(result.created()).hasSize(11);
    }

    private void verifyNothingCreated() {
        try {
            verify(jira.manager, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArgumentCaptor<List<JiraContextNode>> contexts() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(List.class);
    }
}
