package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import io.retentiondesk.core.callback.CallbackOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CallbackInputTest {
    private final CustomFieldManager manager = mock(CustomFieldManager.class);
    private final Issue issue = mock(Issue.class);
    private final CallbackInput input = new CallbackInput(manager);

    private CustomField field(String name, String id, Object value) {
        CustomField cf = mock(CustomField.class);
        when(cf.getUntranslatedName()).thenReturn(name);
        when(cf.getId()).thenReturn(id);
        when(issue.getCustomFieldValue(cf)).thenReturn(value);
        return cf;
    }

    @Test
    void readsOutcomeRatingAndNote() {
        List<CustomField> fields = List.of(field("Callback outcome", "customfield_1", "Still dissatisfied"),
                field("Callback rating", "customfield_2", 2.0), field("Callback note", "customfield_3", "wants a manager"));
        when(manager.getCustomFieldObjects(issue)).thenReturn(fields);
        assertThat(input.outcome(issue)).contains(CallbackOutcome.STILL_DISSATISFIED);
        assertThat(input.rating(issue)).isEqualTo(2);
        assertThat(input.note(issue)).isEqualTo("wants a manager");
        assertThat(input.outcomeFieldId(issue)).contains("customfield_1");
    }

    @Test
    void missingOrBadValuesAreAbsent() {
        List<CustomField> fields = List.of(field("Callback outcome", "customfield_1", "maybe"),
                field("Callback rating", "customfield_2", 9.0));
        when(manager.getCustomFieldObjects(issue)).thenReturn(fields);
        assertThat(input.outcome(issue)).isEmpty();
        assertThat(input.rating(issue)).isNull();
        assertThat(input.note(issue)).isEmpty();
        when(manager.getCustomFieldObjects(issue)).thenReturn(List.of());
        assertThat(input.outcomeFieldId(issue)).isEmpty();
    }
}
