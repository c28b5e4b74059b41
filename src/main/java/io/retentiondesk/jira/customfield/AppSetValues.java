package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;

/**
 * The app's fields are set by its post-functions, listener and job only (which write through the issue, not
 * through Jira's validation). A value submitted by an edit screen, REST or a bulk change is refused with a message
 * on the field; an empty submission (the field on a screen, nothing typed) passes, so the rest of the edit goes on.
 */
final class AppSetValues {
    static final String REFUSED = "retention.field.readonly.refused";

    private AppSetValues() {
    }

    static void refuseSubmitted(CustomFieldParams params, ErrorCollection errors, FieldConfig config,
                                I18nResolver i18n) {
        if (params == null || params.getAllValues() == null) {
            return;
        }
        for (Object value : params.getAllValues()) {
            if (value != null && !value.toString().isBlank()) {
                errors.addError(config.getFieldId(), i18n.getText(REFUSED));
                return;
            }
        }
    }
}
