package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.workflow.InvalidInputException;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.customfield.CallbackInput;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CallbackOutcomeRequiredValidatorTest {
    private final CallbackInput input = mock(CallbackInput.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final Issue issue = mock(Issue.class);
    private final CallbackOutcomeRequiredValidator validator = new CallbackOutcomeRequiredValidator(input, i18n);

    private Map<String, Object> vars() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        return vars;
    }

    @Test
    void passesWithAnOutcome() {
        when(input.outcome(issue)).thenReturn(Optional.of(CallbackOutcome.SATISFIED));
        assertThatCode(() -> validator.validate(vars(), Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void refusesWithoutOneNextToTheField() {
        when(input.outcome(issue)).thenReturn(Optional.empty());
        when(input.outcomeFieldId(issue)).thenReturn(Optional.of("customfield_1"));
        when(i18n.getText("retention.validator.outcome.required")).thenReturn("Say how the callback went.");
        InvalidInputException e = catchThrowableOfType(() -> validator.validate(vars(), Map.of(), null),
                InvalidInputException.class);
        assertThat(e.getErrors()).containsEntry("customfield_1", "Say how the callback went.");
    }

    @Test
    void refusesGenericallyWhenTheScreenLacksTheField() {
        when(input.outcome(issue)).thenReturn(Optional.empty());
        when(input.outcomeFieldId(issue)).thenReturn(Optional.empty());
        when(i18n.getText("retention.validator.outcome.required")).thenReturn("Say how the callback went.");
        InvalidInputException e = catchThrowableOfType(() -> validator.validate(vars(), Map.of(), null),
                InvalidInputException.class);
        assertThat(e.getGenericErrors()).contains("Say how the callback went.");
    }

    /** Two outcome fields of the app's type apply: the agent is told that, not asked for what cannot be read. */
    @Test
    void refusesWithWhyWhenTwoOutcomeFieldsApply() {
        when(input.outcome(issue)).thenReturn(Optional.empty());
        when(input.outcomeFieldId(issue)).thenReturn(Optional.empty());
        when(input.outcomeAmbiguous(issue)).thenReturn(true);
        when(i18n.getText("retention.validator.outcome.ambiguous")).thenReturn("Two Callback outcome fields apply.");
        InvalidInputException e = catchThrowableOfType(() -> validator.validate(vars(), Map.of(), null),
                InvalidInputException.class);
        assertThat(e.getGenericErrors()).containsExactly("Two Callback outcome fields apply.");
    }
}
