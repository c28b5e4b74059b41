package it.io.retentiondesk;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Plain JQL finds a resolved complaint by each of the app's fields (through Jira's built-in searchers) and by both
 * JQL functions: its callback is overdue at once and its customer's risk is HIGH under the tests' policy.
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class JqlWiredTest {
    private final SearchService search;
    private final JiraUsers users;
    private final AppFields fields;
    private final AppProjects projects;
    private final Tickets tickets;
    private final AppRest rest;
    private ApplicationUser loggedInBefore;
    private String policyBefore;
    private AppProject project;

    public JqlWiredTest(SearchService search, JiraUsers users, AppFields fields, AppProjects projects,
                        Tickets tickets, AppRest rest) {
        this.search = search;
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
    public void aQueryOnEachFieldAndBothFunctionsFindTheResolvedComplaint() throws Exception {
        MutableIssue ticket = tickets.transitioned(
                tickets.create(project, "Please cancel our contract: the invoice is wrong again"), AppProject.RESOLVE);
        List<String> theTicket = List.of(ticket.getKey());
        String inProject = " AND project = " + project.key();
        for (AppField field : AppField.values()) {
            String jql = clause(field, fields.value(ticket, field)) + inProject;
            assertEquals(jql, theTicket, keys(jql));
        }
        assertEquals(theTicket, keys("issue in callbacksOverdue()" + inProject));
        assertEquals(theTicket, keys("issue in atRiskCustomers(\"HIGH\")" + inProject));
    }

    /** A clause the ticket's own value satisfies, in the operators of the field's searcher. */
    static String clause(AppField field, Object value) {
        String name = "\"" + field.fieldName() + "\"";
        String text = value == null ? "" : String.valueOf(value).trim();
        if (text.isEmpty()) {
            return name + " is EMPTY";
        }
        return switch (field.search()) {
            case NUMBER_RANGE -> name + " >= \"" + text + "\"";
            case EXACT_TEXT -> name + " = \"" + text + "\"";
            case TEXT -> name + " ~ \"" + text.split("\\s+")[0] + "\"";
            case DATE_TIME_RANGE -> name + (((Date) value).getTime() <= System.currentTimeMillis() ? " <= now()"
                    : " > now()");
        };
    }

    private List<String> keys(String jql) throws Exception {
        ApplicationUser admin = users.admin();
        SearchService.ParseResult parsed = search.parseQuery(admin, jql);
        assertTrue(jql, parsed.isValid());
        List<String> keys = new ArrayList<>();
        for (Issue issue : search.search(admin, parsed.getQuery(), new PagerFilter<>(0, 100)).getResults()) {
            keys.add(issue.getKey());
        }
        return keys;
    }
}
