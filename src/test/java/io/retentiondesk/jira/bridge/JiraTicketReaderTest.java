package io.retentiondesk.jira.bridge;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.policy.ExportField;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.report.input.RestExportReader;
import io.retentiondesk.report.input.Skipped;
import io.retentiondesk.report.input.TicketSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraTicketReaderTest {
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    private final CommentManager comments = mock(CommentManager.class);
    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final JiraTicketReader reader = new JiraTicketReader(comments, history);

    /** The same request, as Jira's REST API exports it. */
    private static final String REST = """
            {"issues":[{"key":"SUP-7","fields":{
              "created":"2026-06-01T09:00:00.000+0000","resolutiondate":"2026-06-03T09:00:00.000+0000",
              "summary":"Invoice wrong again","description":"Second time this month","issuetype":{"name":"Complaint"},
              "priority":{"name":"High"},"resolution":{"name":"Done"},"labels":["complaint","product-quality"],
              "components":[{"name":"Billing"}],
              "reporter":{"name":"ann","key":"JIRAUSER1","emailAddress":"ann@acme.example","displayName":"Ann"},
              "comment":{"comments":[
                {"author":{"name":"ann","key":"JIRAUSER1"},"created":"2026-06-01T10:00:00.000+0000","body":"any news? we may cancel"},
                {"author":{"name":"agent1","key":"JIRAUSER9"},"created":"2026-06-01T15:00:00.000+0000","body":"on it"},
                {"author":{"name":"agent1","key":"JIRAUSER9"},"created":"2026-06-02T15:00:00.000+0000","body":"fixed?"}]},
              "customfield_1":[{"name":"Acme Ltd"}],"customfield_2":{"requestType":{"name":"Billing question"}},
              "customfield_3":{"rating":2}, "customfield_4":"2026-06-03T12:00:00.000+0000",
              "customfield_5":{"name":"Time to first response","completedCycles":[{"stopTime":{"epochMillis":1780304400000},"breached":true}]}},
             "changelog":{"histories":[
              {"created":"2026-06-01T09:05:00.000+0000","items":[{"field":"assignee","from":null,"to":"JIRAUSER9"}]},
              {"created":"2026-06-02T09:00:00.000+0000","items":[{"field":"assignee","from":"JIRAUSER9","to":"JIRAUSER8"}]},
              {"created":"2026-06-02T10:00:00.000+0000","items":[{"field":"assignee","from":"JIRAUSER8","to":"JIRAUSER7"}]},
              {"created":"2026-06-02T12:00:00.000+0000","items":[{"field":"resolution","fromString":null,"toString":"Done"}]},
              {"created":"2026-06-02T13:00:00.000+0000","items":[{"field":"resolution","fromString":"Done","toString":null}]},
              {"created":"2026-06-03T09:00:00.000+0000","items":[{"field":"resolution","fromString":null,"toString":"Done"}]}]}}],
             "names":{"customfield_4":"Satisfaction date"},
             "schema":{"customfield_1":{"custom":"com.atlassian.servicedesk:sd-customer-organizations"},
                       "customfield_2":{"custom":"com.atlassian.servicedesk:vp-origin"},
                       "customfield_3":{"custom":"com.atlassian.servicedesk:sd-request-feedback"},
                       "customfield_5":{"custom":"com.atlassian.servicedesk:sd-sla-field"}}}
            """;

    @Test
    void sameTicketFromRestJsonAndFromAJiraIssueGivesIdenticalFactsAndScore(@TempDir Path dir) throws IOException {
        Ticket fromRest = readRest(dir);
        Issue issue = jiraIssue();
        Ticket fromJira = reader.read(issue, jsm(issue));

        RetentionEngine engine = new RetentionEngine(Policy.defaults());
        TicketEvaluation a = engine.evaluate(fromRest, CustomerKey.of("Acme Ltd"), CustomerSide.of(Set.of(), fromRest),
                Tier.KEY, CallbackHistory.NOT_KEPT, AS_OF);
        TicketEvaluation b = engine.evaluate(fromJira, CustomerKey.of("Acme Ltd"), CustomerSide.of(Set.of(), fromJira),
                Tier.KEY, CallbackHistory.NOT_KEPT, AS_OF);
        assertThat(b.facts()).isEqualTo(a.facts());
        assertThat(b.satisfaction()).isEqualTo(a.satisfaction());
        assertThat(b.callback()).isEqualTo(a.callback());
        assertThat(b.risk()).isEqualTo(a.risk());
        assertThat(engine.customerOf(fromJira)).isEqualTo(engine.customerOf(fromRest));
        // and the facts are the ones the data says: 2 hand-offs, 1 re-open, a chaser, SLA first response
        assertThat(a.facts().handoffs()).isEqualTo(2);
        assertThat(a.facts().reopens()).isEqualTo(1);
        assertThat(a.facts().chasers()).isEqualTo(1);
        assertThat(a.facts().rating()).isEqualTo(2);
        assertThat(a.facts().slaBreached()).isTrue();
    }

    @Test
    void issueWithoutResolutionCommentsOrJsmValuesReadsAsAnOpenTicket() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("IT-1");
        when(issue.getCreated()).thenReturn(ts("2026-06-01T09:00:00Z"));
        when(comments.getComments(issue)).thenReturn(List.of());
        when(history.getChangeItemsForField(issue, "assignee")).thenReturn(List.of());
        when(history.getChangeItemsForField(issue, "resolution")).thenReturn(List.of());
        Ticket t = reader.read(issue, JsmFields.NONE);
        assertThat(t.key()).isEqualTo("IT-1");
        assertThat(t.resolved()).isNull();
        assertThat(t.reporter()).isNull();
        assertThat(t.organizations()).isEmpty();
        assertThat(t.summary()).isEmpty();
    }

    private Issue jiraIssue() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("SUP-7");
        when(issue.getCreated()).thenReturn(ts("2026-06-01T09:00:00Z"));
        when(issue.getResolutionDate()).thenReturn(ts("2026-06-03T09:00:00Z"));
        when(issue.getSummary()).thenReturn("Invoice wrong again");
        when(issue.getDescription()).thenReturn("Second time this month");
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Complaint");
        when(issue.getIssueType()).thenReturn(type);
        Priority priority = mock(Priority.class);
        when(priority.getName()).thenReturn("High");
        when(issue.getPriority()).thenReturn(priority);
        Resolution done = mock(Resolution.class);
        when(done.getName()).thenReturn("Done");
        when(issue.getResolution()).thenReturn(done);
        Label complaint = new Label(1L, 10042L, null, "complaint");
        Label quality = new Label(2L, 10042L, null, "product-quality");
        Set<Label> labels = new java.util.LinkedHashSet<>(List.of(complaint, quality));
        when(issue.getLabels()).thenReturn(labels);
        ProjectComponent billing = mock(ProjectComponent.class);
        when(billing.getName()).thenReturn("Billing");
        List<ProjectComponent> components = List.of(billing);
        when(issue.getComponents()).thenReturn(components);
        ApplicationUser ann = user("ann", "JIRAUSER1", "ann@acme.example", "Ann");
        ApplicationUser agent = user("agent1", "JIRAUSER9", null, null);
        when(issue.getReporter()).thenReturn(ann);
        // mocks are made before the stubbing that returns them (Mockito forbids nesting)
        List<Comment> thread = List.of(
                comment(ann, "2026-06-01T10:00:00Z", "any news? we may cancel"),
                comment(agent, "2026-06-01T15:00:00Z", "on it"),
                comment(agent, "2026-06-02T15:00:00Z", "fixed?"));
        when(comments.getComments(issue)).thenReturn(thread);
        List<ChangeItemBean> assignees = List.of(
                change("2026-06-01T09:05:00Z", null, null, "JIRAUSER9", null),
                change("2026-06-02T09:00:00Z", "JIRAUSER9", null, "JIRAUSER8", null),
                change("2026-06-02T10:00:00Z", "JIRAUSER8", null, "JIRAUSER7", null));
        when(history.getChangeItemsForField(issue, "assignee")).thenReturn(assignees);
        List<ChangeItemBean> resolutions = List.of(
                change("2026-06-02T12:00:00Z", null, null, "1", "Done"),
                change("2026-06-02T13:00:00Z", "1", "Done", null, null),
                change("2026-06-03T09:00:00Z", null, null, "1", "Done"));
        when(history.getChangeItemsForField(issue, "resolution")).thenReturn(resolutions);
        return issue;
    }

    /** The JSM values of the REST export, through the real adapter over mocked JSM services and fields. */
    private static JsmFields jsm(Issue issue) {
        return jsmOfTheExport().on(issue);
    }

    /** Its fields renamed as on a Chinese instance: found by their type all the same. */
    private static MockJsm jsmOfTheExport() {
        MockJsm jsm = new MockJsm().organizations("Acme Ltd").requestType("Billing question")
                .renamed(ExportField.SATISFACTION, "满意度", 2)
                .renamed(ExportField.SATISFACTION_DATE, "满意度日期", Timestamp.from(Instant.parse("2026-06-03T12:00:00Z")))
                .completedSla("Time to first response", Instant.ofEpochMilli(1780304400000L), true);
        return jsm;
    }

    /**
     * Issue 9: a transition (an agent logged in, who here may not even see the request's SLAs) and the nightly job
     * (a scheduler thread, nobody logged in, running as the admin's run-as user) read the same ticket to the same
     * facts, score and risk, because SLAs are read as the run-as user in both. JSM, mocked, answers SLAs only to the
     * run-as user, nothing to the agent and refuses a null user.
     */
    @Test
    void sameTicketInATransitionAndInTheNightlyJobGivesIdenticalFactsScoreAndRisk() {
        ApplicationUser runAs = user("retention-bot", "JIRAUSER50", null, "Retention bot");
        Issue issue = jiraIssue();

        MockJsm transition = jsmOfTheExport().slasVisibleTo(runAs).runAs(runAs);
        assertThat(transition.authentication.getLoggedInUser()).isSameAs(transition.agent);
        Ticket inTransition = reader.read(issue, transition.on(issue));

        MockJsm job = jsmOfTheExport().slasVisibleTo(runAs).runAs(runAs);
        job.authentication.setLoggedInUser(null);
        JsmFields jobFields = job.on(issue);
        Ticket inJob = job.runAs.call(() -> reader.read(issue, jobFields));
        assertThat(job.authentication.getLoggedInUser()).as("the job's thread is left as it was").isNull();

        RetentionEngine engine = new RetentionEngine(Policy.defaults());
        TicketEvaluation a = engine.evaluate(inTransition, CustomerKey.of("Acme Ltd"),
                CustomerSide.of(Set.of(), inTransition), Tier.KEY, CallbackHistory.NOT_KEPT, AS_OF);
        TicketEvaluation b = engine.evaluate(inJob, CustomerKey.of("Acme Ltd"), CustomerSide.of(Set.of(), inJob),
                Tier.KEY, CallbackHistory.NOT_KEPT, AS_OF);
        assertThat(b.facts()).isEqualTo(a.facts());
        assertThat(b.satisfaction()).isEqualTo(a.satisfaction());
        assertThat(b.risk()).isEqualTo(a.risk());
        assertThat(a.facts().slaBreached()).as("the SLA the agent cannot see still counts").isTrue();
        assertThat(a.facts().rating()).isEqualTo(2);
    }

    @Test
    void withoutARunAsUserTheJobCannotReadTheTicketRatherThanReadItWithoutItsSlas() {
        Issue issue = jiraIssue();
        MockJsm job = jsmOfTheExport();
        job.authentication.setLoggedInUser(null);
        JsmFields fields = job.on(issue);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.runAs.call(() -> reader.read(issue, fields)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("run-as user");
    }

    private static ApplicationUser user(String name, String key, String email, String display) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getUsername()).thenReturn(name);
        when(u.getKey()).thenReturn(key);
        when(u.getEmailAddress()).thenReturn(email);
        when(u.getDisplayName()).thenReturn(display);
        return u;
    }

    private static Comment comment(ApplicationUser author, String at, String body) {
        Comment c = mock(Comment.class);
        when(c.getAuthorApplicationUser()).thenReturn(author);
        when(c.getCreated()).thenReturn(Date.from(Instant.parse(at)));
        when(c.getBody()).thenReturn(body);
        return c;
    }

    private static ChangeItemBean change(String at, String from, String fromString, String to, String toString) {
        ChangeItemBean c = mock(ChangeItemBean.class);
        when(c.getCreated()).thenReturn(ts(at));
        when(c.getFrom()).thenReturn(from);
        when(c.getFromString()).thenReturn(fromString);
        when(c.getTo()).thenReturn(to);
        when(c.getToString()).thenReturn(toString);
        return c;
    }

    private static Timestamp ts(String iso) {
        return Timestamp.from(Instant.parse(iso));
    }

    private static Ticket readRest(Path dir) throws IOException {
        Path file = dir.resolve("one.json");
        Files.writeString(file, REST, StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink read = new io.retentiondesk.testing.CollectingSink();
        new RestExportReader(Map.of()).read(file, read);
        assertThat(read.skipped).isEmpty();
        return read.tickets.get(0);
    }
}
