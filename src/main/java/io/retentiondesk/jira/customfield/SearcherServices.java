package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.customfields.converters.DoubleConverter;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Jira builds the built-in searchers named in atlassian-plugin.xml inside this plugin's container, and a
 * scanner plugin sees only the host services it imports; this bean imports what the number and text searchers'
 * constructors take. It holds no logic.
 */
@Named
public class SearcherServices {
    @Inject
    public SearcherServices(@ComponentImport JqlOperandResolver operands,
                            @ComponentImport CustomFieldInputHelper inputs,
                            @ComponentImport FieldVisibilityManager visibility,
                            @ComponentImport DoubleConverter doubles) {
        // imported for the searchers' constructors, not used here
    }
}
