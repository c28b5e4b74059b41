package io.retentiondesk.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.retentiondesk.jira.ao.CallbackSchedule;
import io.retentiondesk.jira.service.CallbackOwners;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.service.TicketScoring;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Context provider of the agent's "Retention" panel on the issue view: the ticket evaluated now, the customer's
 * quadrant, and the customer's latest churn risk (else the fields the last assessment wrote), its reasons naming
 * another ticket only when the viewer may browse it. A panel must never break the issue view, so a
 * failure shows the compact view and logs the issue key only.
 */
@Named
public class RetentionIssuePanel implements ContextProvider {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionIssuePanel.class);

    private final TicketScoring scoring;
    private final CustomerRegistry customers;
    private final RetentionFieldWriter fields;
    private final PolicyStore policies;
    private final I18nResolver i18n;
    private final JsmFields jsm;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext viewer;
    private final CallbackSchedule schedule;
    private final UserManager users;

    @Inject
    public RetentionIssuePanel(TicketScoring scoring, CustomerRegistry customers, RetentionFieldWriter fields,
                               PolicyStore policies, @ComponentImport I18nResolver i18n, JsmFields jsm,
                               @ComponentImport IssueManager issues, @ComponentImport PermissionManager permissions,
                               @ComponentImport JiraAuthenticationContext viewer, CallbackSchedule schedule,
                               @ComponentImport UserManager users) {
        this.schedule = Objects.requireNonNull(schedule);
        this.users = Objects.requireNonNull(users);
        this.jsm = Objects.requireNonNull(jsm);
        this.issues = Objects.requireNonNull(issues);
        this.permissions = Objects.requireNonNull(permissions);
        this.viewer = Objects.requireNonNull(viewer);
        this.scoring = Objects.requireNonNull(scoring);
        this.customers = Objects.requireNonNull(customers);
        this.fields = Objects.requireNonNull(fields);
        this.policies = Objects.requireNonNull(policies);
        this.i18n = Objects.requireNonNull(i18n);
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> out = new HashMap<>(context);
        Object o = context.get("issue");
        if (!(o instanceof Issue issue)) {
            out.putAll(PanelContent.of(null, new PanelContent.Stored(null, false, null, null, null), i18n::getText));
            return out;
        }
        try {
            TicketEvaluation e = scoring.evaluate(issue);
            CustomerProfile profile = customers.profileOf(e.customer());
            Quadrant quadrant = Quadrant.of(profile.tier(), profile.potential(),
                    policies.current().tiering().highPotentialAt()).orElse(null);
            PanelContent.Stored stored = customers.latestRisk(e.customer())
                    .map(r -> new PanelContent.Stored(quadrant, profile.unworthy(),
                            r.score() == null ? null : r.score().doubleValue(), r.band(), r.reasons()))
                    .orElseGet(() -> fromFields(issue, quadrant, profile.unworthy()));
            if (e.callback() != null && issue.getId() != null) {
                stored = withOwner(stored, schedule.ownerOf(issue.getId()));
            }
            boolean ratingUnreadable = jsm.rating(issue) instanceof JsmFields.Rating.Unreadable;
            out.putAll(PanelContent.of(e, stored, ratingUnreadable, mayName(issue), i18n::getText));
        } catch (RuntimeException ex) {
            LOG.warn("Retention Desk: issue panel could not evaluate {} ({})", issue.getKey(), ex.getClass().getName());
            out.putAll(PanelContent.of(null, new PanelContent.Stored(null, false, null, null, null), i18n::getText));
        }
        return out;
    }

    /** Who is asked to call back, as the agent reads it: a user's display name, or a project role. */
    private PanelContent.Stored withOwner(PanelContent.Stored stored, String owner) {
        String role = CallbackOwners.roleOf(owner);
        if (role != null) {
            return stored.withCallbackOwner(null, role);
        }
        ApplicationUser user = owner == null ? null : users.getUserByKey(owner);
        return user == null ? stored : stored.withCallbackOwner(user.getDisplayName(), null);
    }

    /** Before the customer's first assessment was kept with it: what the last assessment wrote on the ticket. */
    private PanelContent.Stored fromFields(Issue issue, Quadrant quadrant, boolean unworthy) {
        Object riskScore = fields.valueOf(issue, RetentionField.CHURN_RISK_SCORE);
        Object riskBand = fields.valueOf(issue, RetentionField.CHURN_RISK_BAND);
        Object reasons = fields.valueOf(issue, RetentionField.CHURN_RISK_REASONS);
        return new PanelContent.Stored(quadrant, unworthy, riskScore instanceof Number n ? n.doubleValue() : null,
                riskBand == null ? null : riskBand.toString(), reasons == null ? null : reasons.toString());
    }

    /** The ticket in view, and any other the viewer may browse (asked for the few reasons shown only). */
    private Predicate<String> mayName(Issue inView) {
        ApplicationUser user = viewer.getLoggedInUser();
        return key -> {
            if (key.equalsIgnoreCase(inView.getKey())) {
                return true;
            }
            MutableIssue other = issues.getIssueObject(key);
            return other != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, other, user);
        };
    }
}
