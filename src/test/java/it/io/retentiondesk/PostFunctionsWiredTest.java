package it.io.retentiondesk;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

/**
 * Each post-function on a real transition of a real ticket writes its fields: Assign customer tier on Create;
 * Score satisfaction, Schedule complaint callback and Assess churn risk on Resolve; Record callback outcome on Log
 * callback, which the validator Callback outcome required refuses without an outcome.
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class PostFunctionsWiredTest {
    private final JiraUsers users;
    private final AppFields fields;
    private final AppProjects projects;
    private final Tickets tickets;
    private final AppRest rest;
    private ApplicationUser loggedInBefore;
    private String policyBefore;
    private AppProject project;

    public PostFunctionsWiredTest(JiraUsers users, AppFields fields, AppProjects projects, Tickets tickets,
                                  AppRest rest) {
        this.users = users;
        this.fields = fields;
        this.projects = projects;
        this.tickets = tickets;
        this.rest = rest;
    }

    @Before
    public void openProject() throws Exception {
        loggedInBefore = users.logIn(users.admin());
        fields.ensureAll();
        project = projects.open();
        policyBefore = rest.policy();
        rest.putPolicy(WiredPolicy.forTickets(policyBefore, project.issueType().getName()));
    }

    @After
    public void closeProject() throws Exception {
        try {
            if (policyBefore != null) {
                rest.putPolicy(policyBefore);
            }
            if (project != null) {
                projects.delete(project);
            }
        } finally {
            users.logIn(loggedInBefore);
        }
    }

    @Test
    public void eachPostFunctionWritesItsFieldsOnARealTransition() throws Exception {
        MutableIssue ticket = tickets.create(project, "Please cancel our contract: the invoice is wrong again");
        assertNotNull("Assign customer tier on Create", fields.value(ticket, AppField.CUSTOMER_TIER));

        ticket = tickets.transitioned(ticket, AppProject.RESOLVE);
        for (AppField field : List.of(AppField.SATISFACTION_SCORE, AppField.SATISFACTION_BAND,
                AppField.CALLBACK_DUE, AppField.CALLBACK_STATUS, AppField.CHURN_RISK_SCORE,
                AppField.CHURN_RISK_BAND, AppField.CHURN_RISK_REASONS)) {
            assertNotNull(field + " on Resolve", fields.value(ticket, field));
        }

        assertFalse("Callback outcome required", tickets.transition(ticket, AppProject.LOG_CALLBACK).isValid());
        ticket = tickets.set(ticket, fields.callbackOutcome(), "SATISFIED");
        ticket = tickets.transitioned(ticket, AppProject.LOG_CALLBACK);
        assertEquals("Record callback outcome", "DONE", fields.value(ticket, AppField.CALLBACK_STATUS));
    }
}
