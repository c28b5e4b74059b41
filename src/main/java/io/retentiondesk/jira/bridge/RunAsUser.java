package io.retentiondesk.jira.bridge;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.policy.RunAsUserStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The user the app reads JSM's SLAs as, and the nightly job runs as. JSM answers SLAs only for a user who may
 * see them, and a scheduler thread has no user; so an administrator chooses one (admin page), and SLAs are read
 * as that user everywhere (transitions, the late-rating listener, the issue panel, the job): a ticket then gives
 * the same facts whoever moves it and whenever it is read. Without one, SLAs are read as the logged-in user and
 * the job skips the steps that read tickets.
 */
@Named
public class RunAsUser {
    private static final Logger LOG = LoggerFactory.getLogger(RunAsUser.class);

    private final RunAsUserStore store;
    private final UserManager users;
    private final JiraAuthenticationContext authentication;
    private final Logger log;
    /** The stored key last warned about, so a gone user is logged once, not on every read. */
    private final AtomicReference<String> warned = new AtomicReference<>();

    @Inject
    public RunAsUser(RunAsUserStore store, @ComponentImport UserManager users,
                     @ComponentImport JiraAuthenticationContext authentication) {
        this(store, users, authentication, LOG);
    }

    RunAsUser(RunAsUserStore store, UserManager users, JiraAuthenticationContext authentication, Logger log) {
        this.store = Objects.requireNonNull(store);
        this.users = Objects.requireNonNull(users);
        this.authentication = Objects.requireNonNull(authentication);
        this.log = Objects.requireNonNull(log);
    }

    /** The chosen user, when one is set and is still an active Jira user. */
    public Optional<ApplicationUser> configured() {
        Optional<String> key = store.userKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ApplicationUser user = users.getUserByKey(key.get());
        if (user == null || !user.isActive()) {
            if (!key.get().equals(warned.getAndSet(key.get()))) {
                log.warn("Retention Desk: the run-as user chosen on the admin page no longer exists or is inactive;"
                        + " SLAs are read as the logged-in user and the nightly job skips the steps that read tickets"
                        + " until an administrator chooses another");
            }
            return Optional.empty();
        }
        warned.set(null);
        return Optional.of(user);
    }

    /** Whom SLAs are read as: the run-as user; the logged-in user when none is set; {@code null} when neither. */
    public ApplicationUser slaReader() {
        return configured().orElseGet(authentication::getLoggedInUser);
    }

    /**
     * Runs {@code work} with the run-as user logged in, then puts back whoever was logged in before (also when the
     * work throws). Without a run-as user the work runs as it is.
     */
    public <T> T call(Supplier<T> work) {
        Optional<ApplicationUser> user = configured();
        if (user.isEmpty()) {
            return work.get();
        }
        ApplicationUser previous = authentication.getLoggedInUser();
        authentication.setLoggedInUser(user.get());
        try {
            return work.get();
        } finally {
            authentication.setLoggedInUser(previous);
        }
    }
}
