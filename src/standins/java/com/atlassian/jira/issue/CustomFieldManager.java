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
 * The app reads fields with {@link #getCustomFieldObjects(Issue)}, checks which apply to a project and issue type
 * with {@link #getCustomFieldObjects(Long, String)} and creates its own with the rest (the field set-up; the wired
 * tests too). The real CustomFieldType parameters and returns are raw.
 */
public interface CustomFieldManager {
    List<CustomField> getCustomFieldObjects(Issue issue);

    /** The fields whose context applies to the project and issue type: what {@link #getCustomFieldObjects(Issue)} answers for its issues. */
    List<CustomField> getCustomFieldObjects(Long projectId, String issueTypeId);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomFieldType<?, ?> getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);

    List<CustomFieldSearcher> getCustomFieldSearchers(CustomFieldType<?, ?> customFieldType);

    /** Stricter than the real one, which throws GenericEntityException. */
    CustomField createCustomField(String fieldName, String description, CustomFieldType<?, ?> fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws Exception;
}
