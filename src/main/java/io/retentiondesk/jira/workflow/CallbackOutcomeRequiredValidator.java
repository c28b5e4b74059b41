package io.retentiondesk.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.retentiondesk.jira.customfield.CallbackInput;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Objects;

/**
 * Validator "Callback outcome required" for the "Log callback" transition: the agent must say how the call went.
 * The message is shown next to the Callback outcome field; when two outcome fields apply it says that instead.
 */
@Named
public class CallbackOutcomeRequiredValidator implements Validator {
    private final CallbackInput input;
    private final I18nResolver i18n;

    @Inject
    public CallbackOutcomeRequiredValidator(CallbackInput input, @ComponentImport I18nResolver i18n) {
        this.input = Objects.requireNonNull(input);
        this.i18n = Objects.requireNonNull(i18n);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get("issue");
        if (input.outcome(issue).isPresent()) {
            return;
        }
        // two outcome fields of the app's type on one issue: say so, rather than ask for what cannot be read
        String message = i18n.getText(input.outcomeAmbiguous(issue) ? "retention.validator.outcome.ambiguous"
                : "retention.validator.outcome.required");
        throw input.outcomeFieldId(issue).map(id -> new InvalidInputException(id, message))
                .orElseGet(() -> new InvalidInputException(message));
    }
}
