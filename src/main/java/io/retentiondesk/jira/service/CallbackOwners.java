package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.callback.CallbackPolicy;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * Who is asked to make a complaint's callback, by the policy's owner rule (SPEC §4): the agent who resolved it, the
 * user in a user field the policy names, or the members of a project role. Kept with the callback's schedule as a
 * user key or {@code role:NAME}; the panel tells the agent.
 */
@Named
public class CallbackOwners {
    static final String ROLE = "role:";
    private final CustomFieldManager customFields;
    private final PolicyStore policies;

    @Inject
    public CallbackOwners(@ComponentImport CustomFieldManager customFields, PolicyStore policies) {
        this.customFields = Objects.requireNonNull(customFields);
        this.policies = Objects.requireNonNull(policies);
    }

    /**
     * @param resolver the user who resolved the complaint, {@code null} when not known (a retry runs as no one)
     * @return the owner to keep, {@code null} when the rule names no one for this issue
     */
    public String ownerOf(Issue issue, ApplicationUser resolver) {
        CallbackPolicy policy = policies.current().callbacks();
        return switch (policy.owner()) {
            case RESOLVER -> resolver == null ? null : resolver.getKey();
            case USER_FIELD -> userIn(issue, policy.ownerField());
            case PROJECT_ROLE -> ROLE + policy.ownerRole();
        };
    }

    /** The user in the field whose id ({@code customfield_10100}) or name the policy gives, if it holds one. */
    private String userIn(Issue issue, String field) {
        for (CustomField cf : customFields.getCustomFieldObjects(issue)) {
            if (field.equals(cf.getId()) || field.equalsIgnoreCase(cf.getUntranslatedName())) {
                return issue.getCustomFieldValue(cf) instanceof ApplicationUser u ? u.getKey() : null;
            }
        }
        return null;
    }

    /** The role named by a kept owner, {@code null} when the owner is a user. */
    public static String roleOf(String owner) {
        return owner != null && owner.startsWith(ROLE) ? owner.substring(ROLE.length()) : null;
    }
}
