package io.retentiondesk.jira.setup;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.policy.RunAsUserStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The setup line of the run-as user: none chosen, chosen but gone or inactive, or who it is. */
@Named
public class RunAsPart implements SetupCheckPart {
    static final String TITLE = "retention.setup.runas.title";
    static final String NONE = "retention.setup.runas.none";
    static final String GONE = "retention.setup.runas.gone";
    static final String CURRENT = "retention.setup.runas.current";

    private final RunAsUserStore store;
    private final UserManager users;

    @Inject
    public RunAsPart(RunAsUserStore store, @ComponentImport UserManager users) {
        this.store = Objects.requireNonNull(store);
        this.users = Objects.requireNonNull(users);
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<SetupLine> lines() {
        String page = JiraScreens.adminPage("rd-runas");
        Optional<String> key = store.userKey();
        if (key.isEmpty()) {
            return List.of(new SetupLine(TITLE, SetupState.MISSING, NONE, List.of(), page));
        }
        ApplicationUser user = users.getUserByKey(key.get());
        if (user == null || !user.isActive()) {
            return List.of(new SetupLine(TITLE, SetupState.FAILING, GONE, List.of(key.get()), page));
        }
        return List.of(new SetupLine(TITLE, SetupState.INFO, CURRENT,
                List.of(String.valueOf(user.getDisplayName()), String.valueOf(user.getUsername())), page));
    }
}
