package it.io.retentiondesk;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.UserDetails;
import com.atlassian.jira.user.util.UserManager;

import java.util.Objects;

/**
 * The two real users the wired tests act as: AMPS's administrator and a service desk agent who is no
 * administrator (created on first use). A component of the test plugin (src/test/resources/atlassian-plugin.xml).
 */
public class JiraUsers {
    /** AMPS's Jira starts with this administrator, password {@code admin}. */
    static final AppRest.Login ADMIN = new AppRest.Login("admin", "admin");
    /** Not an administrator; a JSM agent, so licensed for the endpoints any logged-in user may call. */
    static final AppRest.Login AGENT = new AppRest.Login("retention-wired-agent", "retention-wired-agent");
    /** JSM's agent group (inferred: the group JSM's application access grants agents by default). */
    static final String AGENT_GROUP = "jira-servicedesk-users";

    private final UserManager users;
    private final GroupManager groups;
    private final JiraAuthenticationContext authentication;

    public JiraUsers(UserManager users, GroupManager groups, JiraAuthenticationContext authentication) {
        this.users = Objects.requireNonNull(users);
        this.groups = Objects.requireNonNull(groups);
        this.authentication = Objects.requireNonNull(authentication);
    }

    public ApplicationUser admin() {
        return Objects.requireNonNull(users.getUserByName(ADMIN.username()), "AMPS's admin user");
    }

    /** The agent, created with its group the first time. */
    public ApplicationUser agent() throws Exception {
        ApplicationUser agent = users.getUserByName(AGENT.username());
        if (agent == null) {
            agent = users.createUser(new UserDetails(AGENT.username(), "Retention wired agent")
                    .withPassword(AGENT.password()));
            Group group = Objects.requireNonNull(groups.getGroup(AGENT_GROUP), AGENT_GROUP);
            groups.addUserToGroup(agent, group);
        }
        return agent;
    }

    /**
     * Makes {@code user} the logged-in user of this thread (post-functions and JSM read it) and returns who was
     * logged in before, for {@link #logIn} again afterwards.
     */
    public ApplicationUser logIn(ApplicationUser user) {
        ApplicationUser before = authentication.getLoggedInUser();
        authentication.setLoggedInUser(user);
        return before;
    }
}
