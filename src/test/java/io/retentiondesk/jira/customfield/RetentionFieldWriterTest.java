package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RetentionFieldWriterTest {
    @Test
    void setsOnlyTheFieldsTheIssueHas() {
        CustomFieldManager manager = mock(CustomFieldManager.class);
        MutableIssue issue = mock(MutableIssue.class);
        CustomField score = field("Satisfaction score");
        CustomField other = field("Story points");
        List<CustomField> onIssue = List.of(score, other);
        when(manager.getCustomFieldObjects(issue)).thenReturn(onIssue);
        int written = new RetentionFieldWriter(manager).write(issue, Map.of(
                RetentionField.SATISFACTION_SCORE, -25.0, RetentionField.SATISFACTION_BAND, "BELOW"));
        assertThat(written).isEqualTo(1);
        verify(issue).setCustomFieldValue(score, -25.0);
        verify(issue, never()).setCustomFieldValue(other, "BELOW");
    }

    private static CustomField field(String name) {
        CustomField cf = mock(CustomField.class);
        when(cf.getUntranslatedName()).thenReturn(name);
        return cf;
    }
}
