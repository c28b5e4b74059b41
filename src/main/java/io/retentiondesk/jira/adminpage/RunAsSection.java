package io.retentiondesk.jira.adminpage;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.TicketLinks;
import io.retentiondesk.jira.panel.PanelContent.Texts;
import io.retentiondesk.jira.policy.RunAsUserStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The admin page's run-as user: who it is now, and choosing one. A chosen user must exist, be active and be able
 * to browse the service projects the app works on: those of the tickets it linked to customers in the last
 * {@value #CHECKED_MONTHS} months (the newest {@value #CHECKED_TICKETS}), one ticket per project. The app never
 * picks a user itself, least of all an administrator.
 */
@Named
public class RunAsSection {
    static final int CHECKED_MONTHS = 6;
    static final int CHECKED_TICKETS = 200;

    private final RunAsUserStore store;
    private final UserManager users;
    private final PermissionManager permissions;
    private final TicketLinks links;
    private final IssueManager issues;
    private final Clock clock;

    @Inject
    public RunAsSection(RunAsUserStore store, @ComponentImport UserManager users,
                        @ComponentImport PermissionManager permissions, TicketLinks links,
                        @ComponentImport IssueManager issues) {
        this(store, users, permissions, links, issues, Clock.systemUTC());
    }

    RunAsSection(RunAsUserStore store, UserManager users, PermissionManager permissions, TicketLinks links,
                 IssueManager issues, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.users = Objects.requireNonNull(users);
        this.permissions = Objects.requireNonNull(permissions);
        this.links = Objects.requireNonNull(links);
        this.issues = Objects.requireNonNull(issues);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What the page shows: the current choice in words and the username to pre-fill. Text only. */
    public Map<String, Object> context(Texts t) {
        Map<String, Object> c = new HashMap<>();
        Optional<String> key = store.userKey();
        ApplicationUser user = key.map(users::getUserByKey).orElse(null);
        String line;
        if (key.isEmpty()) {
            line = t.text("retention.admin.runas.none");
        } else if (user == null || !user.isActive()) {
            line = t.text("retention.admin.runas.gone", key.get());
        } else {
            line = t.text("retention.admin.runas.current", user.getDisplayName() + " (" + user.getUsername() + ")");
        }
        c.put("runAsLine", line);
        c.put("runAsUsername", user == null ? "" : user.getUsername());
        c.put("runAsProblems", List.of());
        return c;
    }

    /** What choosing did: a message for the page, and the problems that kept it from being saved. */
    public record Result(String message, List<String> problems) {
        public boolean saved() {
            return problems.isEmpty();
        }
    }

    /** Checks and keeps {@code username}; a blank one clears the choice. */
    public Result choose(String username, Texts t) {
        String name = username == null ? "" : username.trim();
        if (name.isEmpty()) {
            store.clear();
            return new Result(t.text("retention.admin.runas.cleared"), List.of());
        }
        ApplicationUser user = users.getUserByName(name);
        if (user == null) {
            return new Result("", List.of(t.text("retention.admin.runas.unknown", name)));
        }
        if (!user.isActive()) {
            return new Result("", List.of(t.text("retention.admin.runas.inactive", name)));
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        Set<Long> projects = new HashSet<>();
        YearMonth since = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).minusMonths(CHECKED_MONTHS);
        for (Long id : links.ticketsCreatedSince(since, CHECKED_TICKETS)) {
            Issue issue = issues.getIssueObject(id);
            if (issue == null || !projects.add(issue.getProjectId())) {
                continue;
            }
            checked++;
            if (!permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
                problems.add(t.text("retention.admin.runas.cannotBrowse", name, issue.getKey()));
            }
        }
        if (!problems.isEmpty()) {
            return new Result("", problems);
        }
        store.save(user.getKey());
        String saved = t.text("retention.admin.runas.saved", name);
        return new Result(checked == 0 ? saved + " " + t.text("retention.admin.runas.unchecked", name) : saved,
                List.of());
    }
}
