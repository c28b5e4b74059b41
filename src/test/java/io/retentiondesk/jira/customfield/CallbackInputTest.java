package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.retentiondesk.core.callback.CallbackOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The Log callback fields are read by their type, like the app's others; hand-made ones by name only when none. */
class CallbackInputTest {
    private static final String SELECT = RetentionField.Searcher.JIRA_FIELDS + ":select";
    private final JiraFields jira = new JiraFields();
    private final FieldFindings findings = new FieldFindings();
    private final CallbackInput input = new CallbackInput(jira.manager, findings);
    private final Issue sup1 = issue("SUP-1", 10000L);
    private final Issue sales1 = issue("SAL-1", 10300L);

    @BeforeEach
    void projects() {
        jira.serviceProject(10000L, "SUP");
        jira.serviceProject(10300L, "SAL");
    }

    @Test
    void aRenamedOrTranslatedFieldOfTheAppsTypeIsRead() {
        CustomField outcome = jira.field("回访结果", RetentionField.CALLBACK_OUTCOME.typeKey());
        CustomField rating = jira.field("Bewertung", RetentionField.CALLBACK_RATING.typeKey());
        CustomField note = jira.field("Notes from the call", RetentionField.CALLBACK_NOTE.typeKey());
        when(sup1.getCustomFieldValue(outcome)).thenReturn("STILL_DISSATISFIED");
        when(sup1.getCustomFieldValue(rating)).thenReturn(2.0);
        when(sup1.getCustomFieldValue(note)).thenReturn("wants a manager");

        assertThat(input.outcome(sup1)).contains(CallbackOutcome.STILL_DISSATISFIED);
        assertThat(input.rating(sup1)).isEqualTo(2);
        assertThat(input.note(sup1)).isEqualTo("wants a manager");
        assertThat(input.outcomeFieldId(sup1)).contains(outcome.getId());
        assertThat(input.outcomeAmbiguous(sup1)).isFalse();
    }

    @Test
    void twoOutcomeFieldsWithDifferentContextsEachServeTheirOwnProject() {
        CustomField support = jira.field("Callback outcome", RetentionField.CALLBACK_OUTCOME.typeKey(), 10000L);
        CustomField sales = jira.field("Callback outcome (sales)", RetentionField.CALLBACK_OUTCOME.typeKey(), 10300L);
        when(sup1.getCustomFieldValue(support)).thenReturn("SATISFIED");
        when(sales1.getCustomFieldValue(sales)).thenReturn("UNREACHABLE");

        assertThat(input.outcome(sup1)).contains(CallbackOutcome.SATISFIED);
        assertThat(input.outcome(sales1)).contains(CallbackOutcome.UNREACHABLE);
        assertThat(findings.counts()).isEmpty();
    }

    @Test
    void twoOutcomeFieldsOfTheTypeThatBothApplyAreNotResolvedByPickingOneAndAreCounted() {
        CustomField a = jira.field("Callback outcome", RetentionField.CALLBACK_OUTCOME.typeKey());
        CustomField b = jira.field("Outcome", RetentionField.CALLBACK_OUTCOME.typeKey(), 10000L);
        when(sup1.getCustomFieldValue(a)).thenReturn("SATISFIED");
        when(sup1.getCustomFieldValue(b)).thenReturn("SATISFIED");

        assertThat(input.outcome(sup1)).isEmpty();
        assertThat(input.outcomeFieldId(sup1)).isEmpty();
        assertThat(input.outcomeAmbiguous(sup1)).isTrue();
        assertThat(findings.counts()).containsEntry(
                new FieldFindings.Place(RetentionField.CALLBACK_OUTCOME, 10000L, "1", true), 2L);
    }

    /** The upgrade path: the ordinary fields README step 2 had admins make by hand keep working. */
    @Test
    void handMadeFieldsUnderTheDocumentedNamesAreReadWhenNoFieldOfTheAppsTypeApplies() {
        CustomField outcome = jira.field("Callback outcome", SELECT);
        CustomField rating = jira.field("Callback rating", RetentionField.Searcher.JIRA_FIELDS + ":float");
        CustomField note = jira.field("Callback note", RetentionField.Searcher.JIRA_FIELDS + ":textarea");
        Object option = new Object() { // a select list's option: its text is the option's value
            @Override
            public String toString() {
                return "Still dissatisfied";
            }
        };
        when(sup1.getCustomFieldValue(outcome)).thenReturn(option);
        when(sup1.getCustomFieldValue(rating)).thenReturn(4.0);
        when(sup1.getCustomFieldValue(note)).thenReturn("fixed");

        assertThat(input.outcome(sup1)).contains(CallbackOutcome.STILL_DISSATISFIED);
        assertThat(input.rating(sup1)).isEqualTo(4);
        assertThat(input.note(sup1)).isEqualTo("fixed");
        assertThat(input.outcomeFieldId(sup1)).contains(outcome.getId());

        // once a field of the app's type applies in the project, it is read and the hand-made one is not
        CustomField typed = jira.field("Callback outcome", RetentionField.CALLBACK_OUTCOME.typeKey(), 10000L);
        when(sup1.getCustomFieldValue(typed)).thenReturn("SATISFIED");
        assertThat(input.outcome(sup1)).contains(CallbackOutcome.SATISFIED);
        assertThat(input.outcomeFieldId(sup1)).contains(typed.getId());
        assertThat(input.rating(sup1)).as("the other hand-made fields still serve").isEqualTo(4);
    }

    @Test
    void aFieldOfAnotherAppTypeIsNeverTakenForAHandMadeOneByItsName() {
        CustomField misnamed = jira.field("Callback outcome", RetentionField.CALLBACK_STATUS.typeKey());
        when(sup1.getCustomFieldValue(misnamed)).thenReturn("DONE");
        assertThat(input.outcome(sup1)).isEmpty();
        assertThat(input.outcomeFieldId(sup1)).isEmpty();
    }

    @Test
    void missingOrBadValuesAreAbsent() {
        CustomField outcome = jira.field("Callback outcome", SELECT);
        CustomField rating = jira.field("Callback rating", RetentionField.CALLBACK_RATING.typeKey());
        when(sup1.getCustomFieldValue(outcome)).thenReturn("maybe");
        when(sup1.getCustomFieldValue(rating)).thenReturn(9.0);
        assertThat(input.outcome(sup1)).isEmpty();
        assertThat(input.rating(sup1)).isNull();
        assertThat(input.note(sup1)).isEmpty();
        assertThat(input.outcome(sales1)).as("nothing entered there").isEmpty();
        assertThat(findings.counts()).isEqualTo(Map.of());
    }

    private static Issue issue(String key, long projectId) {
        Issue issue = mock(Issue.class, key);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectId()).thenReturn(projectId);
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn("1");
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }
}
