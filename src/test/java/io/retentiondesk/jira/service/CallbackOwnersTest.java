package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The policy's callback owner rule (SPEC §4): resolver, a user field, or a project role. */
class CallbackOwnersTest {
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final PolicyStore policies = io.retentiondesk.testing.Policies.store();
    private final CallbackOwners owners = new CallbackOwners(customFields, policies);
    private final Issue issue = mock(Issue.class);
    private final ApplicationUser resolver = user("agent-7");

    private static ApplicationUser user(String key) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getKey()).thenReturn(key);
        return u;
    }

    /** The shipped policy with another owner rule. */
    private void policy(String owner, String field, String role) {
        String json = io.retentiondesk.core.policy.Policy.defaultJson();
        String rule = "\"owner\": \"RESOLVER\",\n    \"ownerField\": null,\n    \"ownerRole\": null";
        assertThat(json).contains(rule);
        policies.save(json.replace(rule, "\"owner\": \"" + owner + "\", \"ownerField\": " + quoted(field)
                + ", \"ownerRole\": " + quoted(role)));
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void byDefaultTheAgentWhoResolvedTheComplaintCallsBackAndARetryKeepsWhoItWas() {
        assertThat(owners.ownerOf(issue, resolver)).isEqualTo("agent-7");
        assertThat(owners.ownerOf(issue, null)).isNull();
    }

    @Test
    void aUserFieldNamedByIdOrNameGivesItsUser() {
        CustomField accountManager = mock(CustomField.class);
        when(accountManager.getId()).thenReturn("customfield_10100");
        when(accountManager.getUntranslatedName()).thenReturn("Account manager");
        when(customFields.getCustomFieldObjects(issue)).thenReturn(List.of(accountManager));
        ApplicationUser am = user("am-1");
        when(issue.getCustomFieldValue(accountManager)).thenReturn(am);

        policy("USER_FIELD", "customfield_10100", null);
        assertThat(owners.ownerOf(issue, resolver)).isEqualTo("am-1");
        policy("USER_FIELD", "account manager", null);
        assertThat(owners.ownerOf(issue, resolver)).isEqualTo("am-1");

        when(issue.getCustomFieldValue(accountManager)).thenReturn(null); // the field is empty on this complaint
        assertThat(owners.ownerOf(issue, resolver)).isNull();
    }

    @Test
    void aProjectRoleIsKeptByName() {
        policy("PROJECT_ROLE", null, "Customer success");
        String owner = owners.ownerOf(issue, resolver);
        assertThat(owner).isEqualTo("role:Customer success");
        assertThat(CallbackOwners.roleOf(owner)).isEqualTo("Customer success");
        assertThat(CallbackOwners.roleOf("agent-7")).isNull();
    }
}
