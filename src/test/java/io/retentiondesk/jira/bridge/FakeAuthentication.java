package io.retentiondesk.jira.bridge;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

import java.util.ArrayList;
import java.util.List;

/** Jira's authentication context as a thread sees it: one logged-in user, set and read; every change recorded. */
public final class FakeAuthentication implements JiraAuthenticationContext {
    private ApplicationUser user;
    final List<ApplicationUser> set = new ArrayList<>();

    public FakeAuthentication(ApplicationUser loggedIn) {
        this.user = loggedIn;
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return user;
    }

    @Override
    public void setLoggedInUser(ApplicationUser user) {
        set.add(user);
        this.user = user;
    }
}
