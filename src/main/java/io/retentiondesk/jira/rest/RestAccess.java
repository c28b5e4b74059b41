package io.retentiondesk.jira.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may call what, checked in every resource method (the REST v2 annotations are a second line): no user →
 * 401, not a Jira administrator → 403.
 */
@Named
public class RestAccess {
    private final UserManager users;

    @Inject
    public RestAccess(@ComponentImport UserManager users) {
        this.users = Objects.requireNonNull(users);
    }

    /** @return the refusal to send, or empty when the caller is a Jira administrator */
    public Optional<Response> refuseUnlessAdmin() {
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            return Optional.of(RestErrors.of(Response.Status.UNAUTHORIZED, "auth", "log in first"));
        }
        if (!users.isAdmin(user)) {
            return Optional.of(RestErrors.of(Response.Status.FORBIDDEN, "permission", "Jira administrators only"));
        }
        return Optional.empty();
    }

    /** The caller's user key, for the audit; {@code null} when anonymous. */
    public String callerKey() {
        UserKey user = users.getRemoteUserKey();
        return user == null ? null : user.getStringValue();
    }

    /** @return the refusal to send, or empty when someone is logged in */
    public Optional<Response> refuseAnonymous() {
        return users.getRemoteUserKey() == null
                ? Optional.of(RestErrors.of(Response.Status.UNAUTHORIZED, "auth", "log in first"))
                : Optional.empty();
    }
}
