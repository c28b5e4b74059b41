package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.retentiondesk.jira.setup.SetupLine;
import io.retentiondesk.jira.setup.SetupState;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The setup check's field lines say what a transition will find: OK, MISSING, AMBIGUOUS, read by name, lost writes. */
class FieldSetupCheckTest {
    private final JiraFields jira = new JiraFields();
    private final FieldFindings findings = new FieldFindings();
    private final FieldSetupCheck check = new FieldSetupCheck(jira.serviceProjects(), jira.scopes(), findings);
    private final Bundle en = Bundle.of(Locale.ENGLISH);

    @BeforeEach
    void twoServiceProjectsAndOneOther() {
        jira.serviceProject(10000L, "SUP");
        jira.serviceProject(10300L, "SAL");
        jira.project(10200L, "DEV", "Development", "software", "Bug");
    }

    /** Every field of the app's type in every service project, once, globally. */
    private void allFieldsGlobal() {
        for (RetentionField f : RetentionField.values()) {
            jira.field(f.fieldName(), f.typeKey());
        }
    }

    private SetupLine line(RetentionField field) {
        return check.lines().stream().filter(l -> l.titleKey().equals(field.nameKey())
                && l.state() != SetupState.FAILING).findFirst().orElseThrow();
    }

    @Test
    void comesFirstInTheSetupCheck() {
        assertThat(check.order()).isEqualTo(10);
    }

    @Test
    void withEveryFieldOnceEachLineIsOkAndSaysWhereItLooked() {
        allFieldsGlobal();
        List<SetupLine> lines = check.lines();
        assertThat(lines.get(0)).isEqualTo(new SetupLine("retention.setup.fields.projects", SetupState.INFO,
                "retention.setup.fields.projects.all", List.of("SAL, SUP"), FieldSetupCheck.SET_UP));
        assertThat(lines.subList(1, lines.size())).hasSize(12).allSatisfy(l -> {
            assertThat(l.state()).isEqualTo(SetupState.OK);
            assertThat(l.messageKey()).isEqualTo("retention.setup.fields.ok");
            assertThat(l.arguments()).containsExactly("2");
        }).extracting(SetupLine::titleKey).containsExactlyElementsOf(
                java.util.Arrays.stream(RetentionField.values()).map(RetentionField::nameKey).toList());
    }

    @Test
    void aRenamedOrTranslatedFieldIsStillFound() {
        allFieldsGlobal();
        for (RetentionField f : RetentionField.values()) {
            jira.all().stream().filter(cf -> f.fieldName().equals(cf.getUntranslatedName())).forEach(cf ->
                    when(cf.getUntranslatedName()).thenReturn("翻译 " + f.fieldName()));
        }
        assertThat(check.lines()).filteredOn(l -> !l.titleKey().equals("retention.setup.fields.projects"))
                .extracting(SetupLine::state).containsOnly(SetupState.OK);
    }

    @Test
    void twoFieldsOfOneTypeWithDifferentContextsEachServeTheirOwnProjects() {
        allFieldsGlobal();
        jira.remove(RetentionField.CHURN_RISK_BAND.typeKey()); // the global one goes: two scoped ones instead
        jira.field("Churn risk band", RetentionField.CHURN_RISK_BAND.typeKey(), 10000L);
        jira.field("Churn risk band (sales)", RetentionField.CHURN_RISK_BAND.typeKey(), 10300L);
        assertThat(line(RetentionField.CHURN_RISK_BAND).state()).isEqualTo(SetupState.OK);
    }

    @Test
    void twoFieldsOfOneTypeThatBothApplyAreAmbiguousWithThePlacesAndWhereToFixIt() {
        allFieldsGlobal();
        jira.field("Churn risk band 2", RetentionField.CHURN_RISK_BAND.typeKey(), List.of(10300L), List.of("2"));

        SetupLine band = line(RetentionField.CHURN_RISK_BAND);

        assertThat(band).isEqualTo(new SetupLine(RetentionField.CHURN_RISK_BAND.nameKey(), SetupState.AMBIGUOUS,
                "retention.setup.fields.ambiguous", List.of("SAL (Incident)"), FieldSetupCheck.CUSTOM_FIELDS));
        assertThat(en.text(band.messageKey(), band.arguments().toArray())).startsWith(
                "Two or more fields of its type apply to SAL (Incident), so nothing is written to either there");
    }

    @Test
    void aFieldAWholeProjectLacksIsMissingWithThatProjectAndTheWayToSetUpFields() {
        allFieldsGlobal();
        jira.remove(RetentionField.CUSTOMER_TIER.typeKey());
        jira.field("Customer tier", RetentionField.CUSTOMER_TIER.typeKey(), 10000L);

        assertThat(line(RetentionField.CUSTOMER_TIER)).isEqualTo(new SetupLine(RetentionField.CUSTOMER_TIER.nameKey(),
                SetupState.MISSING, "retention.setup.fields.missing", List.of("SAL"), FieldSetupCheck.SET_UP));
    }

    @Test
    void aFieldSomeIssueTypesLackIsMissingThereAndFixedInItsContext() {
        allFieldsGlobal();
        jira.remove(RetentionField.CUSTOMER_TIER.typeKey());
        jira.field("Customer tier", RetentionField.CUSTOMER_TIER.typeKey(), null, List.of("1"));

        assertThat(line(RetentionField.CUSTOMER_TIER)).isEqualTo(new SetupLine(RetentionField.CUSTOMER_TIER.nameKey(),
                SetupState.MISSING, "retention.setup.fields.missingTypes", List.of("SAL (Incident), SUP (Incident)"),
                FieldSetupCheck.CUSTOM_FIELDS));
    }

    /** The upgrade path: the hand-made callback fields keep working, and the check says they are read by name. */
    @Test
    void handMadeCallbackFieldsAreReadByTheirNameAndTheCheckSaysSo() {
        for (RetentionField f : RetentionField.values()) {
            if (!f.enteredByAgent()) {
                jira.field(f.fieldName(), f.typeKey());
            }
        }
        jira.field("Callback outcome", RetentionField.Searcher.JIRA_FIELDS + ":select");
        jira.field("Callback rating", RetentionField.Searcher.JIRA_FIELDS + ":float");
        jira.field("Callback note", RetentionField.Searcher.JIRA_FIELDS + ":textarea", 10000L);

        assertThat(line(RetentionField.CALLBACK_OUTCOME)).isEqualTo(new SetupLine(
                RetentionField.CALLBACK_OUTCOME.nameKey(), SetupState.INFO, "retention.setup.fields.byName",
                List.of("Callback outcome", "SAL, SUP"), FieldSetupCheck.CUSTOM_FIELDS));
        assertThat(line(RetentionField.CALLBACK_NOTE).state()).as("SAL has no note field at all")
                .isEqualTo(SetupState.MISSING);
        assertThat(line(RetentionField.CALLBACK_NOTE).arguments()).containsExactly("SAL");
        assertThat(line(RetentionField.CUSTOMER_TIER).state()).as("a read-only field is never found by name")
                .isEqualTo(SetupState.OK);
    }

    @Test
    void writesThatFoundNoFieldAreCountedPerFieldWithTheirProjects() {
        allFieldsGlobal();
        RetentionFieldWriter writer = new RetentionFieldWriter(jira.manager, findings);
        jira.field("Churn risk band 2", RetentionField.CHURN_RISK_BAND.typeKey(), 10300L); // SAL: two apply
        jira.remove(RetentionField.CUSTOMER_TIER.typeKey());
        jira.field("Customer tier", RetentionField.CUSTOMER_TIER.typeKey(), 10000L); // SUP only
        writer.write(issue("SAL-1", 10300L), Map.of(RetentionField.CHURN_RISK_BAND, "HIGH"));
        writer.write(issue("SAL-2", 10300L), Map.of(RetentionField.CHURN_RISK_BAND, "LOW",
                RetentionField.CUSTOMER_TIER, "KEY"));
        writer.write(issue("OLD-1", 10900L), Map.of(RetentionField.CUSTOMER_TIER, "KEY")); // a project gone since

        List<SetupLine> failing = check.lines().stream().filter(l -> l.state() == SetupState.FAILING).toList();

        assertThat(failing).containsExactly(
                new SetupLine(RetentionField.CUSTOMER_TIER.nameKey(), SetupState.FAILING, "retention.setup.fields.lost",
                        List.of("2", "0", "10900, SAL"), FieldSetupCheck.CUSTOM_FIELDS),
                new SetupLine(RetentionField.CHURN_RISK_BAND.nameKey(), SetupState.FAILING, "retention.setup.fields.lost",
                        List.of("2", "2", "SAL"), FieldSetupCheck.CUSTOM_FIELDS));
    }

    @Test
    void theChosenProjectsAreCheckedOnceAChoiceIsMade() {
        allFieldsGlobal();
        jira.serviceProjects().choose(List.of(10300L, 55555L)); // a chosen project deleted since is left out
        assertThat(check.lines().get(0)).isEqualTo(new SetupLine("retention.setup.fields.projects", SetupState.INFO,
                "retention.setup.fields.projects.chosen", List.of("SAL"), FieldSetupCheck.SET_UP));
        assertThat(line(RetentionField.SATISFACTION_SCORE).arguments()).containsExactly("1");
    }

    @Test
    void withoutServiceProjectsTheCheckSaysThereIsNothingToCheck() {
        JiraFields none = new JiraFields();
        none.project(1L, "DEV", "Development", "software", "Bug");
        assertThat(new FieldSetupCheck(none.serviceProjects(), none.scopes(), findings).lines()).containsExactly(
                new SetupLine("retention.setup.fields.projects", SetupState.MISSING,
                        "retention.setup.fields.projects.none", List.of(), null));
    }

    @Test
    void aLongListIsCutWithHowManyMore() {
        List<String> keys = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> "P" + i).toList();
        assertThat(FieldSetupCheck.shortList(keys)).isEqualTo("P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, … (+2)");
        assertThat(FieldSetupCheck.shortList(keys.subList(0, 10))).endsWith("P10");
    }

    /** Every line's title and message is worded in both languages with its own arguments. */
    @Test
    void everyLineIsWordedInEnglishAndChinese() {
        allFieldsGlobal();
        jira.field("Churn risk band 2", RetentionField.CHURN_RISK_BAND.typeKey(), 10300L); // ambiguous in SAL
        jira.remove(RetentionField.CALLBACK_OUTCOME.typeKey());
        jira.field("Callback outcome", RetentionField.Searcher.JIRA_FIELDS + ":select"); // read by name
        jira.remove(RetentionField.CUSTOMER_TIER.typeKey());
        jira.field("Customer tier", RetentionField.CUSTOMER_TIER.typeKey(), 10000L); // missing in SAL
        jira.remove(RetentionField.CALLBACK_DUE.typeKey());
        jira.field("Callback due", RetentionField.CALLBACK_DUE.typeKey(), null, List.of("1")); // missing for Incident
        new RetentionFieldWriter(jira.manager, findings).write(issue("SAL-1", 10300L),
                Map.of(RetentionField.CHURN_RISK_BAND, "HIGH"));
        List<SetupLine> lines = check.lines();
        assertThat(lines).extracting(SetupLine::messageKey).contains("retention.setup.fields.projects.all",
                "retention.setup.fields.ok", "retention.setup.fields.ambiguous", "retention.setup.fields.byName",
                "retention.setup.fields.missing", "retention.setup.fields.missingTypes", "retention.setup.fields.lost");
        for (Bundle b : List.of(en, Bundle.of(Locale.SIMPLIFIED_CHINESE))) {
            for (SetupLine l : lines) {
                assertThat(b.text(l.titleKey())).isNotBlank();
                String text = b.text(l.messageKey(), l.arguments().toArray());
                l.arguments().forEach(a -> assertThat(text).as(l.messageKey()).contains(a));
            }
        }
    }

    private static MutableIssue issue(String key, long projectId) {
        MutableIssue issue = mock(MutableIssue.class, key);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectId()).thenReturn(projectId);
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn("1");
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }
}
