package io.retentiondesk.jira.panel;

import com.atlassian.jira.issue.Issue;
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

/**
 * Context provider of the agent's "Retention" panel on the issue view: the ticket evaluated now, the customer's
 * quadrant, and the churn-risk fields the last assessment wrote. A panel must never break the issue view, so a
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

    @Inject
    public RetentionIssuePanel(TicketScoring scoring, CustomerRegistry customers, RetentionFieldWriter fields,
                               PolicyStore policies, @ComponentImport I18nResolver i18n, JsmFields jsm) {
        this.jsm = Objects.requireNonNull(jsm);
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
            Object riskScore = fields.valueOf(issue, RetentionField.CHURN_RISK_SCORE);
            Object riskBand = fields.valueOf(issue, RetentionField.CHURN_RISK_BAND);
            Object reasons = fields.valueOf(issue, RetentionField.CHURN_RISK_REASONS);
            PanelContent.Stored stored = new PanelContent.Stored(quadrant, profile.unworthy(),
                    riskScore instanceof Number n ? n.doubleValue() : null,
                    riskBand == null ? null : riskBand.toString(), reasons == null ? null : reasons.toString());
            boolean ratingUnreadable = jsm.rating(issue) instanceof JsmFields.Rating.Unreadable;
            out.putAll(PanelContent.of(e, stored, ratingUnreadable, i18n::getText));
        } catch (RuntimeException ex) {
            LOG.warn("Retention Desk: issue panel could not evaluate {} ({})", issue.getKey(), ex.getClass().getName());
            out.putAll(PanelContent.of(null, new PanelContent.Stored(null, false, null, null, null), i18n::getText));
        }
        return out;
    }
}
