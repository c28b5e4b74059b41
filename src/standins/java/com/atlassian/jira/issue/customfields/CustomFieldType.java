// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;

/** T is the transport object, S the singular object. The real interface has ~25 more members, implemented by the bases. */
public interface CustomFieldType<T, S> {
    String DEFAULT_VALUE_TYPE = "DefaultValue";

    /** The type's complete module key, e.g. {@code com.atlassian.servicedesk:sd-request-feedback}. */
    String getKey();

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;

    T getValueFromIssue(CustomField field, Issue issue);

    /** Checks what an edit screen, REST or a bulk change submitted; problems go to the collection under the field's id. */
    void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo, FieldConfig config);
}
