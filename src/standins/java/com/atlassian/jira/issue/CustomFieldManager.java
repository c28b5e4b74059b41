// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;
import java.util.List;

/**
 * The app reads fields with {@link #getCustomFieldObjects(Issue)}; the wired tests create them with the rest
 * (their types live in src/standins/wired/java). The real CustomFieldType parameters and returns are raw.
 */
public interface CustomFieldManager {
    List<CustomField> getCustomFieldObjects(Issue issue);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomFieldType<?, ?> getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);

    List<CustomFieldSearcher> getCustomFieldSearchers(CustomFieldType<?, ?> customFieldType);

    /** Stricter than the real one, which throws GenericEntityException. */
    CustomField createCustomField(String fieldName, String description, CustomFieldType<?, ?> fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws Exception;
}
