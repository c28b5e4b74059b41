package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The app's fields are found by their type among those whose context applies to the issue, never by name. */
class RetentionFieldWriterTest {
    private final CustomFieldManager manager = mock(CustomFieldManager.class);
    private final FieldFindings findings = new FieldFindings();
    private final RetentionFieldWriter writer = new RetentionFieldWriter(manager, findings);
    private final MutableIssue issue = mock(MutableIssue.class);

    @BeforeEach
    void onAnIssue() {
        when(issue.getKey()).thenReturn("SUP-1");
        when(issue.getProjectId()).thenReturn(10000L);
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn("10100");
        when(issue.getIssueType()).thenReturn(type);
    }

    @Test
    void aRenamedOrTranslatedFieldIsFoundByItsTypeAndAFieldOnlyNamedLikeOneIsNot() {
        CustomField score = field("Zufriedenheit", RetentionField.SATISFACTION_SCORE.typeKey()); // renamed, in German
        CustomField impostor = field("Satisfaction band", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        CustomField other = field("Story points", "com.atlassian.jira.plugin.system.customfieldtypes:float");
        when(manager.getCustomFieldObjects(issue)).thenReturn(List.of(score, impostor, other));

        int written = writer.write(issue, Map.of(
                RetentionField.SATISFACTION_SCORE, -25.0, RetentionField.SATISFACTION_BAND, "BELOW"));

        assertThat(written).isEqualTo(1);
        verify(issue).setCustomFieldValue(score, -25.0);
        verify(issue, never()).setCustomFieldValue(impostor, "BELOW");
        assertThat(findings.counts()).containsEntry(
                new FieldFindings.Place(RetentionField.SATISFACTION_BAND, 10000L, "10100", false), 1L);
    }

    @Test
    void twoFieldsOfOneTypeWithDifferentContextsEachServeTheirOwnIssues() {
        CustomField supportBand = field("Churn risk band", RetentionField.CHURN_RISK_BAND.typeKey());
        CustomField salesBand = field("Churn risk band (sales)", RetentionField.CHURN_RISK_BAND.typeKey());
        MutableIssue salesIssue = mock(MutableIssue.class);
        // Jira answers only the fields whose context covers the issue's project and issue type
        when(manager.getCustomFieldObjects(issue)).thenReturn(List.of(supportBand));
        when(manager.getCustomFieldObjects(salesIssue)).thenReturn(List.of(salesBand));

        writer.write(issue, Map.of(RetentionField.CHURN_RISK_BAND, "HIGH"));
        writer.write(salesIssue, Map.of(RetentionField.CHURN_RISK_BAND, "LOW"));

        verify(issue).setCustomFieldValue(supportBand, "HIGH");
        verify(salesIssue).setCustomFieldValue(salesBand, "LOW");
        assertThat(findings.counts()).isEmpty();
    }

    @Test
    void twoFieldsOfOneTypeThatBothApplyGetNothingAndAreCountedNotResolvedByPickingOne() {
        CustomField a = field("Churn risk band", RetentionField.CHURN_RISK_BAND.typeKey());
        CustomField b = field("Churn risk band 2", RetentionField.CHURN_RISK_BAND.typeKey());
        when(manager.getCustomFieldObjects(issue)).thenReturn(List.of(a, b));

        assertThat(writer.write(issue, Map.of(RetentionField.CHURN_RISK_BAND, "HIGH"))).isZero();
        writer.write(issue, Map.of(RetentionField.CHURN_RISK_BAND, "HIGH"));

        verify(issue, never()).setCustomFieldValue(any(), any());
        assertThat(writer.valueOf(issue, RetentionField.CHURN_RISK_BAND)).isNull();
        assertThat(findings.counts()).containsExactly(Map.entry(
                new FieldFindings.Place(RetentionField.CHURN_RISK_BAND, 10000L, "10100", true), 2L));
    }

    @Test
    void aFieldWhoseTypeIsGoneIsSkipped() {
        CustomField orphan = mock(CustomField.class); // its app disabled: Jira gives no type
        CustomField score = field("Churn risk score", RetentionField.CHURN_RISK_SCORE.typeKey());
        when(manager.getCustomFieldObjects(issue)).thenReturn(List.of(orphan, score));
        when(issue.getCustomFieldValue(score)).thenReturn(61.0);
        assertThat(writer.valueOf(issue, RetentionField.CHURN_RISK_SCORE)).isEqualTo(61.0);
    }

    private static CustomField field(String name, String typeKey) {
        CustomField cf = mock(CustomField.class);
        when(cf.getUntranslatedName()).thenReturn(name);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(cf.getCustomFieldType()).thenAnswer(a -> type);
        return cf;
    }
}
