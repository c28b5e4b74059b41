package io.retentiondesk.jira.adminpage;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyAudit;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.job.NightlyJob;
import io.retentiondesk.jira.job.NightlyWork;
import io.retentiondesk.jira.job.WorkProgress;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import io.retentiondesk.jira.service.RatesReport;
import io.retentiondesk.jira.service.ValueImport;
import io.retentiondesk.core.rates.RateRow;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.mockito.ArgumentCaptor;
import io.retentiondesk.plugin.JiraVelocity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.work.WorkKind;

/** The admin page's gate (login, admin, WebSudo, XSRF) and the policy form with its messages, on the real template. */
class AdminPageServletTest {
    private static final UserKey ADMIN = new UserKey("JIRAUSER1");
    private static final UserKey AGENT = new UserKey("JIRAUSER2");

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final XsrfTokenValidator xsrf = mock(XsrfTokenValidator.class);
    private final XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final io.retentiondesk.testing.Bundle en = io.retentiondesk.testing.Bundle.of(java.util.Locale.ENGLISH);
    private final I18nResolver i18n = en.resolver();
    private final Map<String, Object> settings = new HashMap<>();
    private final PolicyStore policies = new PolicyStore(MapPluginSettings.over(settings), new io.retentiondesk.jira.job.SharedLocks());
    private final AuditService auditLog = mock(AuditService.class);
    private final PolicyAudit audit = new PolicyAudit(MapPluginSettings.over(settings), auditLog);
    private final RatesReport rates = mock(RatesReport.class);
    private final ValueImport values = mock(ValueImport.class);
    private final NightlyWork nightly = mock(NightlyWork.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final io.retentiondesk.testing.MutableClock clock = new io.retentiondesk.testing.MutableClock(Instant.parse("2026-11-25T06:00:00Z"));
    private final WorkProgress progress = io.retentiondesk.jira.job.JobsOnAClock.progress(MapPluginSettings.over(settings), clock);
    private final NightlyJob job = io.retentiondesk.jira.job.JobsOnAClock.job(scheduler, nightly, progress, clock);
    private final com.atlassian.jira.user.util.UserManager jiraUsers = mock(com.atlassian.jira.user.util.UserManager.class);
    private final com.atlassian.jira.security.PermissionManager permissions = mock(com.atlassian.jira.security.PermissionManager.class);
    private final io.retentiondesk.jira.ao.TicketLinks links = mock(io.retentiondesk.jira.ao.TicketLinks.class);
    private final com.atlassian.jira.issue.IssueManager issues = mock(com.atlassian.jira.issue.IssueManager.class);
    private final io.retentiondesk.jira.policy.RunAsUserStore runAsStore =
            new io.retentiondesk.jira.policy.RunAsUserStore(MapPluginSettings.over(settings));
    private final RunAsSection runAs = new RunAsSection(runAsStore, jiraUsers, permissions, links, issues, clock);
    private final io.retentiondesk.jira.ao.EntityManagerActiveObjects ao = migratedAll();
    private final FailedWorkQueue failures = new FailedWorkQueue(ao);
    // the setup check with a part of the test's own: a workflow line that needs something done, a job that is fine
    private final io.retentiondesk.jira.setup.FixedPart setupPart = new io.retentiondesk.jira.setup.FixedPart(30,
            new io.retentiondesk.jira.setup.SetupLine("retention.setup.workflow.score_satisfaction.title",
                    io.retentiondesk.jira.setup.SetupState.MISSING, "retention.setup.workflow.missing.resolve",
                    List.of("IT support <b>", "—"), io.retentiondesk.jira.setup.JiraScreens.workflow("IT support <b>")),
            new io.retentiondesk.jira.setup.SetupLine("retention.setup.job.title", io.retentiondesk.jira.setup.SetupState.OK,
                    "retention.setup.job.neverRun", List.of("2026-11-26 02:30 UTC"), io.retentiondesk.jira.setup.JiraScreens.SCHEDULER));
    private final com.atlassian.sal.api.ApplicationProperties application = mock(com.atlassian.sal.api.ApplicationProperties.class);
    private final SetupSection setup = new SetupSection(new io.retentiondesk.jira.setup.SetupCheck(List.of(setupPart)),
            application, renderer);
    private final io.retentiondesk.jira.customfield.JiraFields jiraFields = new io.retentiondesk.jira.customfield.JiraFields();
    private final FieldSetupSection fieldSetup = new FieldSetupSection(jiraFields.setup(), jiraFields.serviceProjects());
    private final io.retentiondesk.jira.policy.PendingCalibration pendingCalibration =
            new io.retentiondesk.jira.policy.PendingCalibration(MapPluginSettings.over(settings),
                    new io.retentiondesk.jira.job.SharedLocks(), policies, audit);
    private final AdminPageServlet servlet = new AdminPageServlet(users, login, webSudo, xsrf, tokens, renderer, i18n,
            policies, audit, rates, values, job, progress, runAs, failures, setup, fieldSetup,
            new CalibrationSection(pendingCalibration, policies), clock);
    private final HttpServletRequest req = mock(HttpServletRequest.class);
    private final HttpServletResponse resp = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();

    @BeforeEach
    void wire() throws Exception {
        when(users.isAdmin(ADMIN)).thenReturn(true);
        when(req.getRequestURI()).thenReturn("/plugins/servlet/retention-desk/admin");
        when(login.getLoginUri(any())).thenReturn(URI.create("/login.jsp?os_destination=admin"));
        when(tokens.getXsrfToken(any(), any(), eq(true))).thenReturn("tok123");
        when(xsrf.getXsrfParameterName()).thenReturn("atl_token");
        when(resp.getWriter()).thenReturn(new PrintWriter(page));
        when(application.getBaseUrl(com.atlassian.sal.api.UrlMode.CANONICAL)).thenReturn("https://jira.example.com/");
        // TemplateRenderer is the Atlassian Template Renderer: renderAtr fails for a template it does not render
        doAnswer(a -> {
            String location = a.getArgument(0);
            Map<String, Object> context = a.getArgument(1);
            Object i18nInTemplate = context.remove("i18n");
            assertThat(i18nInTemplate).isSameAs(i18n);
            ((java.io.Writer) a.getArgument(2)).write(JiraVelocity.renderAtr(location, context, new Texts(en)));
            return null;
        }).when(renderer).render(anyString(), any(), any());
    }

    @Test
    void ratesShowAsLinesPerMonthAndTierWithAChart() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(rates.rows(YearMonth.of(2025, 12), YearMonth.of(2026, 11))).thenReturn(List.of(
                new RateRow(YearMonth.of(2026, 6), "KEY", 3, 1, 1 / 3.0, 2 / 3.0, true),
                new RateRow(YearMonth.of(2026, 6), "ALL", 40, 2, 0.05, 0.95, false),
                new RateRow(YearMonth.of(2026, 6), "SMALL", 0, 0, null, null, true)));
        when(req.getParameter("view")).thenReturn("rates");
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("2026-06 · Key: 33.3% churned, 66.7% kept (n=3)*",
                "2026-06 · All: 5.0% churned, 95.0% kept (n=40)", "<svg").doesNotContain("Small:");
    }

    @Test
    void aValuePreviewListsWhatTheImportWouldDoOrEveryBadLineEscaped() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        when(req.getParameter("action")).thenReturn("values-preview");
        when(req.getParameter("valuesCsv")).thenReturn("csv");
        when(values.preview(ValueImport.Format.CSV, "csv")).thenReturn(new ValueImport.Result(true,
                List.of("acme <b>"), List.of("Beta"), 3,
                List.of(new ValueImport.TierChange("acme <b>", io.retentiondesk.core.tier.Tier.UNRATED,
                        io.retentiondesk.core.tier.Tier.KEY)), List.of(),
                List.of(new io.retentiondesk.input.ValueNotice(4, "churn_type", "bored <i>"))));
        servlet.doPost(req, resp);
        assertThat(page.toString()).contains("Preview: 1 new customers, 1 updated, 3 unchanged, 1 tier changes",
                "acme &lt;b&gt;: Unrated → Key", "Line 4: churn_type &quot;bored &lt;i&gt;&quot; is not");

        page.getBuffer().setLength(0);
        when(req.getParameter("valuesCsv")).thenReturn("[bad]");
        when(values.preview(ValueImport.Format.JSON, "[bad]")).thenReturn(new ValueImport.Result(true, List.of(),
                List.of(), 0, List.of(), List.of(new io.retentiondesk.input.ValueProblem(3, "annual_value",
                        "expected a number of 0 or more, got \"-5\"")), List.of()));
        servlet.doPost(req, resp);
        assertThat(page.toString()).contains("Preview: 1 lines have problems, so Import would save nothing",
                "Line 3: annual_value: expected a number of 0 or more, got &quot;-5&quot;");
    }

    @Test
    void anImportWithBadLinesIsRefusedWholeWith400AndEveryLine() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        when(req.getParameter("action")).thenReturn("values-apply");
        when(req.getParameter("valuesCsv")).thenReturn("csv");
        when(values.apply(ValueImport.Format.CSV, "csv")).thenThrow(new ValueImport.Refused("2 bad lines", false,
                List.of(new io.retentiondesk.input.ValueProblem(3, "customer", "expected at most 255 characters, got 300"),
                        new io.retentiondesk.input.ValueProblem(5, "potential", "expected a whole number from 0 to 100"))));
        servlet.doPost(req, resp);
        verify(resp).setStatus(400);
        assertThat(page.toString()).contains("Nothing imported: 2 lines have problems",
                "Line 3: customer: expected at most 255 characters, got 300", "Line 5: potential: expected");
    }

    /** The buttons queue a background run and send the admin back to the page, which follows it to the end. */
    @Test
    void reTierNowRunsInTheBackgroundAndThePageShowsItsProgressUntilDone() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("No run yet; the nightly job runs at 02:30.").doesNotContain("http-equiv=\"refresh\"");

        when(req.getParameter("action")).thenReturn("retier");
        servlet.doPost(req, resp);
        verify(resp).setStatus(303);
        verify(resp).setHeader("Location", "/plugins/servlet/retention-desk/admin#rd-work");
        ArgumentCaptor<JobConfig> queued = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobId.of("io.retentiondesk.now")), queued.capture());
        assertThat(queued.getValue().getParameters()).containsEntry("task", "RETIER");
        assertThat(queued.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);

        page.getBuffer().setLength(0);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("Re-tier: queued at 2026-11-25 06:00 UTC, waiting for a free node.",
                "<meta http-equiv=\"refresh\" content=\"5\"/>", "value=\"retier\" disabled=\"disabled\"");

        // a second click, here or on another node, while the first is queued: refused, nothing scheduled twice
        when(req.getParameter("action")).thenReturn("reassess");
        page.getBuffer().setLength(0);
        servlet.doPost(req, resp);
        verify(resp).setStatus(409);
        assertThat(page.toString()).contains("A run is already queued or running");
        verify(scheduler).scheduleJob(any(), any());

        // the scheduler runs it on some node: the page shows how far it got, then the result
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        when(request.getJobConfig()).thenReturn(queued.getValue());
        when(nightly.run(eq(NightlyWork.Task.RETIER), any(), any())).thenAnswer(a -> {
            NightlyWork.Progress p = a.getArgument(2);
            p.at(0, 1200);
            clock.advance(java.time.Duration.ofSeconds(3));
            p.at(340, 1200);
            page.getBuffer().setLength(0);
            servlet.doGet(req, resp);
            assertThat(page.toString()).contains("Re-tier: 340 of 1,200 customers, started 2026-11-25 06:00 UTC.",
                    "data-value=\"0.28\"", "style=\"width: 28%\"");
            return new NightlyWork.Summary(0, 0, 0, 3, 40, 0, 0, false);
        });
        job.runJob(request);
        page.getBuffer().setLength(0);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("Re-tier: finished 2026-11-25 06:00 UTC.", "Done: 3 tiers changed")
                .doesNotContain("http-equiv=\"refresh\"", "disabled=\"disabled\"");
    }

    private static io.retentiondesk.jira.ao.EntityManagerActiveObjects migratedAll() {
        try {
            return io.retentiondesk.jira.ao.EntityManagerActiveObjects.migratedAll();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One item of work that failed its last attempt, on SUP-9; returns its id. */
    private int deadWork() {
        for (int i = 0; i < WorkKind.MAX_ATTEMPTS; i++) {
            failures.enqueue(WorkKind.RECORD_CALLBACK_OUTCOME, 9L, "SUP-9", new CallbackAttempt("SUP-9",
                    Instant.parse("2026-11-20T10:00:00Z"), "JIRAUSER2", CallbackOutcome.STILL_DISSATISFIED, 2,
                    "<b>angry</b> about the invoice"), new IllegalStateException("customer Acme: secret"));
        }
        assertThat(failures.dead(10)).hasSize(1);
        return failures.dead(10).get(0).id();
    }

    private void postRetry(String workId) throws Exception {
        when(req.getParameter("action")).thenReturn("work-retry");
        when(req.getParameter("workId")).thenReturn(workId);
        servlet.doPost(req, resp);
    }

    @Test
    void deadWorkIsListedWithARetryButtonThatPutsItBackInTheQueue() throws Exception {
        int id = deadWork();
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("1 given up on, 0 waiting for the nightly retry (each run at most 5 times).",
                "Record callback outcome on SUP-9: failed 5 times, given up ", " UTC (java.lang.IllegalStateException).",
                "<input type=\"hidden\" name=\"action\" value=\"work-retry\"/>",
                "<input type=\"hidden\" name=\"workId\" value=\"" + id + "\"/>",
                "<input type=\"hidden\" name=\"atl_token\" value=\"tok123\"/>")
                .doesNotContain("angry", "secret"); // nothing the agent wrote, no exception message

        postRetry(Integer.toString(id));
        verify(resp).setStatus(303);
        verify(resp).setHeader("Location", "/plugins/servlet/retention-desk/admin#rd-dead");
        assertThat(failures.dead(10)).isEmpty();
        assertThat(failures.pending(10)).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo(id);
            assertThat(w.attempts()).isZero();
            assertThat(w.attempt().note()).isEqualTo("<b>angry</b> about the invoice"); // kept for the retry
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-dead-item", "no-number"})
    void aRetryOfWorkThatIsNotDeadChangesNothingAndSaysSo(String which) throws Exception {
        int id = deadWork();
        failures.requeue(id);
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        postRetry(which.equals("no-number") ? "1 OR 1=1" : Integer.toString(id));
        verify(resp).setStatus(409);
        assertThat(page.toString()).contains(en.text("retention.admin.dead.gone"));
        assertThat(failures.pending(10)).singleElement().extracting(FailedWorkQueue.FailedWork::attempts).isEqualTo(0);
    }

    @Test
    void aNonAdminCannotRetryDeadWorkAndNothingChanges() throws Exception {
        int id = deadWork();
        when(users.getRemoteUserKey(req)).thenReturn(AGENT);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        postRetry(Integer.toString(id));
        verify(resp).sendError(eq(403), anyString());
        assertThat(failures.dead(10)).extracting(FailedWorkQueue.FailedWork::id).containsExactly(id);
        assertThat(failures.pending(10)).isEmpty();
    }

    @Test
    void aDeadWorkRetryWithoutAValidXsrfTokenIsRefusedAndNothingChanges() throws Exception {
        int id = deadWork();
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(false);
        postRetry(Integer.toString(id));
        verify(resp).sendError(403, en.text("retention.admin.xsrf"));
        assertThat(failures.dead(10)).extracting(FailedWorkQueue.FailedWork::id).containsExactly(id);
        assertThat(failures.pending(10)).isEmpty();
    }

    @Test
    void aDeadWorkRetryWithoutAWebSudoSessionIsSentToAuthenticateAndNothingChanges() throws Exception {
        int id = deadWork();
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        doThrow(new WebSudoSessionException("no websudo")).when(webSudo).willExecuteWebSudoRequest(req);
        postRetry(Integer.toString(id));
        verify(webSudo).enforceWebSudoProtection(req, resp);
        assertThat(failures.dead(10)).extracting(FailedWorkQueue.FailedWork::id).containsExactly(id);
    }

    /** A calibration waiting to be applied, and the admin-page POST of {@code action} on it. */
    private String postOnAPendingCalibration(String action) throws Exception {
        String id = pendingCalibration.keep(io.retentiondesk.core.calibration.CalibrationSamples.handMade(), 0,
                Policy.defaultJson()).id();
        when(req.getParameter("action")).thenReturn(action);
        when(req.getParameter("calibrationId")).thenReturn(id);
        servlet.doPost(req, resp);
        return id;
    }

    /** Nothing of the calibration's happened: no run queued, the pending one still there, the policy untouched. */
    private void assertNothingCalibrated(String pendingId) throws Exception {
        verify(scheduler, never()).scheduleJob(any(), any());
        assertThat(progress.current()).isEmpty();
        assertThat(pendingCalibration.current()).get().extracting(io.retentiondesk.jira.policy.PendingCalibration.Pending::id)
                .isEqualTo(pendingId);
        assertThat(policies.version()).isZero();
        verify(auditLog, never()).audit(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"calibrate", "calibration-apply", "calibration-discard"})
    void aNonAdminCannotCalibrateApplyOrDiscardAndNothingChanges(String action) throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(AGENT);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        String id = postOnAPendingCalibration(action);
        verify(resp).sendError(eq(403), anyString());
        verify(renderer, never()).render(anyString(), any(), any());
        assertNothingCalibrated(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calibrate", "calibration-apply", "calibration-discard"})
    void aCalibrationActionWithoutAValidXsrfTokenIsRefusedAndNothingChanges(String action) throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(false);
        String id = postOnAPendingCalibration(action);
        verify(resp).sendError(403, en.text("retention.admin.xsrf"));
        assertNothingCalibrated(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calibrate", "calibration-apply", "calibration-discard"})
    void aCalibrationActionWithoutAWebSudoSessionIsSentToAuthenticateAndNothingChanges(String action) throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        doThrow(new WebSudoSessionException("no websudo")).when(webSudo).willExecuteWebSudoRequest(req);
        String id = postOnAPendingCalibration(action);
        verify(webSudo).enforceWebSudoProtection(req, resp);
        assertNothingCalibrated(id);
    }

    /** The same three actions by an admin with a token and a WebSudo session do act: the checks above are what stop them. */
    @ParameterizedTest
    @ValueSource(strings = {"calibrate", "calibration-apply", "calibration-discard"})
    void anAdminWithATokenAndWebSudoDoesCalibrateApplyOrDiscard(String action) throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        postOnAPendingCalibration(action);
        switch (action) {
            case "calibrate" -> {
                verify(resp).setStatus(303);
                verify(resp).setHeader("Location", "/plugins/servlet/retention-desk/admin#rd-calibration");
                verify(scheduler).scheduleJob(eq(JobId.of("io.retentiondesk.now")), any());
            }
            case "calibration-apply" -> {
                assertThat(policies.version()).isEqualTo(1);
                assertThat(page.toString()).contains("The fitted points are saved as policy version 1");
            }
            default -> {
                assertThat(pendingCalibration.current()).isEmpty();
                assertThat(policies.version()).isZero();
            }
        }
    }

    /** The setup check opens the page: each line with its state and message in the admin's words and its fix link. */
    @Test
    void theSetupCheckComesFirstEachLineWithItsStateAndTheJiraScreenThatFixesIt() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        servlet.doGet(req, resp);
        String html = page.toString();
        int setupAt = html.indexOf("<section id=\"rd-setup\"");
        assertThat(setupAt).isPositive().isLessThan(html.indexOf("<h2>" + en.text("retention.admin.policy.form") + "</h2>"));
        assertThat(html).contains(en.text("retention.setup.summary.attention", "1"),
                "<td>Post-function: Score satisfaction</td>", "aui-lozenge-error\">Missing</span>",
                "Not in IT support &lt;b&gt;: add it to the transition that resolves a ticket.",
                "href=\"https://jira.example.com/secure/admin/workflows/ViewWorkflowSteps.jspa?workflowMode=live&amp;workflowName=IT+support+%3Cb%3E\"",
                "aui-lozenge-success\">OK</span>", "href=\"https://jira.example.com/secure/admin/SchedulerAdmin.jspa\"")
                .doesNotContain("<b>");
        assertThat(setupPart.asked()).isEqualTo(1);
    }

    /** Nobody but an admin gets the setup check: anonymous and agents are refused before any part is asked. */
    @ParameterizedTest
    @ValueSource(strings = {"anonymous GET", "agent GET", "agent POST"})
    void theSetupCheckIsNeverWorkedOutForSomeoneWhoIsNotAnAdmin(String who) throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(who.startsWith("anonymous") ? null : AGENT);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        if (who.endsWith("GET")) {
            servlet.doGet(req, resp);
        } else {
            servlet.doPost(req, resp);
        }
        assertThat(setupPart.asked()).isZero();
        assertThat(page.toString()).doesNotContain("rd-setup", "Score satisfaction");
    }

    @Test
    void anonymousUsersAreSentToLogin() throws Exception {
        servlet.doGet(req, resp);
        verify(resp).sendRedirect("/login.jsp?os_destination=admin");
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void nonAdminsGet403OnEveryMethodAndNothingChanges(String method) throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(AGENT);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        when(req.getParameter("action")).thenReturn("json");
        when(req.getParameter("policyJson")).thenReturn(withHalfLife(30));
        if (method.equals("GET")) {
            servlet.doGet(req, resp);
        } else {
            servlet.doPost(req, resp);
        }
        verify(resp).sendError(eq(403), anyString());
        assertThat(policies.version()).isZero();
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void adminsWithoutAWebSudoSessionAreAskedToAuthenticateAgain() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        doThrow(new WebSudoSessionException("no websudo")).when(webSudo).willExecuteWebSudoRequest(req);
        servlet.doGet(req, resp);
        verify(webSudo).enforceWebSudoProtection(req, resp);
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void aPostWithoutAValidXsrfTokenIsRefusedAndThePolicyStays() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(false);
        when(req.getParameter("action")).thenReturn("json");
        when(req.getParameter("policyJson")).thenReturn(withHalfLife(30));
        servlet.doPost(req, resp);
        verify(resp).sendError(403, en.text("retention.admin.xsrf"));
        assertThat(policies.version()).isZero();
    }

    @Test
    void theFormShowsEverySettingWithTheTokenAndSavesAChange() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("name=\"atl_token\" value=\"tok123\"", "name=\"p:risk.halfLifeDays\"",
                "Policy as JSON");
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        when(req.getParameter("action")).thenReturn("form");
        when(req.getParameterMap()).thenReturn(Map.of("p:risk.halfLifeDays", new String[] {"30"}, "atl_token", new String[] {"tok123"}));
        servlet.doPost(req, resp);
        assertThat(policies.version()).isEqualTo(1);
        assertThat(policies.current().risk().halfLifeDays()).isEqualTo(30.0);
        assertThat(page.toString()).contains(en.text("retention.admin.saved"))
                .contains("JIRAUSER1 · risk.halfLifeDays: 45 → 30");
        // the audit names the admin as Jira knows them now
        com.atlassian.sal.api.user.UserProfile profile = mock(com.atlassian.sal.api.user.UserProfile.class);
        when(profile.getFullName()).thenReturn("Wei Zhang");
        when(profile.getUsername()).thenReturn("wzhang");
        when(users.getUserProfile(ADMIN)).thenReturn(profile);
        page.getBuffer().setLength(0);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("Wei Zhang (wzhang) · risk.halfLifeDays: 45 → 30");
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).audit(event.capture());
        assertThat(event.getValue().toString()).contains("risk.halfLifeDays: 45 -> 30");
    }

    @Test
    void aBadValueIsRejectedWithItsMessageNextToItsFieldAndTheOldPolicyStays() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        when(req.getParameter("action")).thenReturn("form");
        when(req.getParameterMap()).thenReturn(Map.of("p:risk.halfLifeDays", new String[] {"-5"}));
        servlet.doPost(req, resp);
        verify(resp).setStatus(400);
        assertThat(policies.version()).isZero();
        assertThat(policies.current()).isEqualTo(Policy.defaults());
        verify(auditLog, never()).audit(any());
        String html = page.toString();
        int field = html.indexOf("name=\"p:risk.halfLifeDays\"");
        int error = html.indexOf("<div class=\"error\">risk.halfLifeDays", field);
        assertThat(field).isPositive();
        assertThat(error).as("the message follows its own input").isGreaterThan(field)
                .isLessThan(html.indexOf("<tr", field));
    }

    @Test
    void badJsonIsReportedAsTheDocumentsProblemAndEscaped() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        when(req.getParameter("action")).thenReturn("json");
        when(req.getParameter("policyJson")).thenReturn("{\"version\": 1, <script>alert(1)</script>");
        servlet.doPost(req, resp);
        verify(resp).setStatus(400);
        assertThat(page.toString()).contains("aui-message-error", "(document)").doesNotContain("<script>");
        assertThat(policies.version()).isZero();
    }

    @Test
    void everyValueOnThePageIsEscaped() throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        when(req.getParameter("action")).thenReturn("form");
        String hostile = "\"'><img src=x onerror=alert(1)><script>alert(2)</script>";
        when(req.getParameterMap()).thenReturn(Map.of("p:tiering.method", new String[] {hostile}));
        servlet.doPost(req, resp);
        assertThat(page.toString()).doesNotContain("<img", "<script>", "&amp;lt;").contains("&lt;img");
    }

    /** Names, reasons, audit lines and a rejected document shown again: each hostile value comes out as text. */
    @Test
    void everyValueThatCanCarryUserTextIsEscapedInEverySection() throws Exception {
        String hostile = "\"'><img src=x onerror=alert(1)><script>alert(2)</script>";
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        audit.record(hostile, Policy.defaultJson(), withHalfLife(30));
        when(req.getParameter("action")).thenReturn("values-preview");
        when(req.getParameter("valuesCsv")).thenReturn("csv");
        when(values.preview(ValueImport.Format.CSV, "csv")).thenReturn(new ValueImport.Result(true, List.of(hostile),
                List.of(), 0,
                List.of(new ValueImport.TierChange(hostile, io.retentiondesk.core.tier.Tier.SMALL, io.retentiondesk.core.tier.Tier.KEY)),
                List.of(), List.of(new io.retentiondesk.input.ValueNotice(2, "churn_type", "line 2 " + hostile))));
        servlet.doPost(req, resp);
        when(req.getParameter("action")).thenReturn("json");
        when(req.getParameter("policyJson")).thenReturn("{\"version\": \"</textarea>" + hostile.replace("\"", "\\\"") + "\"}");
        servlet.doPost(req, resp);
        String html = page.toString();
        assertThat(html).doesNotContain("<img", "<script>", "</textarea><", "\"'>", "&amp;lt;");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;: Small → Key",
                "line 2 &quot;&#39;&gt;&lt;img", "&lt;/textarea&gt;");
        assertThat(html.split("&lt;img src=x", -1)).as("audit, change, skipped line and document").hasSizeGreaterThan(5);
    }

    /** A run-as user for the nightly job and SLA reads: checked (exists, active, browses the projects), kept, shown. */
    @Test
    void theRunAsUserIsCheckedAgainstTheServiceProjectsKeptAndShown() throws Exception {
        com.atlassian.jira.user.ApplicationUser bot = runAsCandidate();
        when(permissions.hasPermission(any(), any(com.atlassian.jira.issue.Issue.class), eq(bot))).thenReturn(true);
        postRunAs(" retention-bot ");
        verify(resp, never()).setStatus(400);
        assertThat(runAsStore.userKey()).contains("JIRAUSER50");
        assertThat(page.toString()).contains("Run-as user saved: retention-bot.");
        // one ticket per project is enough: SUP-11 and HR-13, not SUP-12
        com.atlassian.jira.issue.MutableIssue sup11 = issues.getIssueObject(11L);
        com.atlassian.jira.issue.MutableIssue hr13 = issues.getIssueObject(13L);
        verify(permissions).hasPermission(com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS, sup11, bot);
        verify(permissions).hasPermission(com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS, hr13, bot);
        verify(permissions, org.mockito.Mockito.times(2)).hasPermission(any(), any(com.atlassian.jira.issue.Issue.class), any());

        page.getBuffer().setLength(0);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("Now: Retention bot (retention-bot)", "name=\"runAsUser\" value=\"retention-bot\"");
    }

    @Test
    void aRunAsUserWhoCannotBrowseAServiceProjectIsRefusedNextToTheFieldAndTheChoiceStays() throws Exception {
        runAsStore.save("JIRAUSER77");
        com.atlassian.jira.user.ApplicationUser bot = runAsCandidate();
        com.atlassian.jira.issue.MutableIssue sup11 = issues.getIssueObject(11L);
        when(permissions.hasPermission(any(), eq(sup11), eq(bot))).thenReturn(true);
        postRunAs("retention-bot");
        verify(resp).setStatus(400);
        assertThat(runAsStore.userKey()).contains("JIRAUSER77");
        String html = page.toString();
        int field = html.indexOf("name=\"runAsUser\"");
        assertThat(html.indexOf("<div class=\"error\">retention-bot cannot browse the project of HR-13", field))
                .as("the problem follows the field").isGreaterThan(field);
    }

    @Test
    void anUnknownOrInactiveRunAsUserIsRefusedEscapedAndABlankOneClearsTheChoice() throws Exception {
        runAsStore.save("JIRAUSER77");
        String hostile = "<img src=x onerror=alert(1)>";
        postRunAs(hostile);
        verify(resp).setStatus(400);
        assertThat(page.toString()).contains("No Jira user is called &lt;img src=x onerror=alert(1)&gt;.").doesNotContain("<img");

        com.atlassian.jira.user.ApplicationUser gone = runAsCandidate();
        when(gone.isActive()).thenReturn(false);
        page.getBuffer().setLength(0);
        postRunAs("retention-bot");
        assertThat(page.toString()).contains("retention-bot is inactive in Jira.");
        assertThat(runAsStore.userKey()).contains("JIRAUSER77");

        page.getBuffer().setLength(0);
        postRunAs("  ");
        assertThat(runAsStore.userKey()).isEmpty();
        assertThat(page.toString()).contains("Run-as user cleared", "Now: none chosen");
    }

    private com.atlassian.jira.user.ApplicationUser runAsCandidate() {
        com.atlassian.jira.user.ApplicationUser bot = mock(com.atlassian.jira.user.ApplicationUser.class);
        when(bot.getKey()).thenReturn("JIRAUSER50");
        when(bot.getUsername()).thenReturn("retention-bot");
        when(bot.getDisplayName()).thenReturn("Retention bot");
        when(bot.isActive()).thenReturn(true);
        when(jiraUsers.getUserByName("retention-bot")).thenReturn(bot);
        when(jiraUsers.getUserByKey("JIRAUSER50")).thenReturn(bot);
        List<com.atlassian.jira.issue.MutableIssue> tickets = List.of(ticket(11L, "SUP-11", 1L), ticket(12L, "SUP-12", 1L),
                ticket(13L, "HR-13", 2L));
        for (com.atlassian.jira.issue.MutableIssue t : tickets) {
            when(issues.getIssueObject(t.getId())).thenReturn(t);
        }
        when(links.ticketsCreatedSince(YearMonth.of(2026, 5), RunAsSection.CHECKED_TICKETS)).thenReturn(List.of(11L, 12L, 13L));
        return bot;
    }

    private static com.atlassian.jira.issue.MutableIssue ticket(long id, String key, long project) {
        com.atlassian.jira.issue.MutableIssue t = mock(com.atlassian.jira.issue.MutableIssue.class);
        when(t.getId()).thenReturn(id);
        when(t.getKey()).thenReturn(key);
        when(t.getProjectId()).thenReturn(project);
        return t;
    }

    private void postRunAs(String username) throws Exception {
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        when(req.getParameter("action")).thenReturn("runas");
        when(req.getParameter("runAsUser")).thenReturn(username);
        servlet.doPost(req, resp);
    }

    private static String withHalfLife(int days) {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.getAsJsonObject("risk").addProperty("halfLifeDays", days);
        return doc.toString();
    }


    /** Jira's $i18n in the template. */
    public static final class Texts {
        private final io.retentiondesk.testing.Bundle bundle;

        Texts(io.retentiondesk.testing.Bundle bundle) {
            this.bundle = bundle;
        }

        public String getText(String key) {
            return bundle.text(key);
        }
    }

    // Set up fields: the servlet's gate and the section on the real template

    private void twoServiceProjects() {
        jiraFields.serviceProject(10000L, "SUP");
        jiraFields.serviceProject(10100L, "HELP");
        jiraFields.project(10200L, "DEV", "Development", "software", "Bug");
    }

    private void postFieldSetup(String... projectIds) throws Exception {
        when(req.getParameter("action")).thenReturn("fields-setup");
        when(req.getParameterValues("fieldProject")).thenReturn(projectIds);
        servlet.doPost(req, resp);
    }

    private void verifyNoFieldCreated() throws Exception {
        verify(jiraFields.manager, never()).createCustomField(anyString(), anyString(), any(), any(),
                org.mockito.ArgumentMatchers.anyList(), org.mockito.ArgumentMatchers.anyList());
        assertThat(jiraFields.settings).as("no project choice kept").isEmpty();
    }

    @Test
    void setUpFieldsOffersEveryServiceProjectTickedCreatesWhatTheyLackAndSaysWhatItDid() throws Exception {
        twoServiceProjects();
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains("<input type=\"hidden\" name=\"action\" value=\"fields-setup\"/>",
                "name=\"fieldProject\" value=\"10000\" checked=\"checked\"/>", "HELP service desk (HELP)",
                "name=\"fieldProject\" value=\"10100\" checked=\"checked\"/>").doesNotContain("DEV");

        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        page.getBuffer().setLength(0);
        postFieldSetup("10100");
        assertThat(page.toString()).contains(en.text("retention.admin.fields.done", 12, 0, 0, 12),
                "Created Churn risk band (customfield_", ") for HELP.");
        assertThat(jiraFields.all()).hasSize(12);
        assertThat(jiraFields.serviceProjects().projects()).extracting(com.atlassian.jira.project.Project::getKey)
                .containsExactly("HELP");

        page.getBuffer().setLength(0);
        servlet.doGet(req, resp); // the choice is kept: SUP is no longer ticked
        assertThat(page.toString()).contains("name=\"fieldProject\" value=\"10000\"/>",
                "name=\"fieldProject\" value=\"10100\" checked=\"checked\"/>");

        page.getBuffer().setLength(0);
        postFieldSetup("10100");
        assertThat(page.toString()).contains(en.text("retention.admin.fields.nothingToDo", 0, 0, 12, 12));
        assertThat(jiraFields.all()).hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10200", "abc"})
    void aBadProjectChoiceIsRefusedWith400AndNothingIsCreated(String choice) throws Exception {
        twoServiceProjects();
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        postFieldSetup(choice.isEmpty() ? new String[0] : new String[] {"10000", choice});
        verify(resp).setStatus(400);
        assertThat(page.toString()).contains(choice.isEmpty() ? en.text("retention.admin.fields.noneChosen")
                : en.text("retention.admin.fields.notServiceProject", choice));
        verifyNoFieldCreated();
    }

    @Test
    void aNonAdminCannotSetUpFieldsAndNothingIsCreated() throws Exception {
        twoServiceProjects();
        when(users.getRemoteUserKey(req)).thenReturn(AGENT);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        postFieldSetup("10000");
        verify(resp).sendError(eq(403), anyString());
        verifyNoFieldCreated();
    }

    @Test
    void anAnonymousSetUpIsSentToLoginAndNothingIsCreated() throws Exception {
        twoServiceProjects();
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        postFieldSetup("10000");
        verify(resp).sendRedirect("/login.jsp?os_destination=admin");
        verifyNoFieldCreated();
    }

    @Test
    void aSetUpWithoutAValidXsrfTokenIsRefusedAndNothingIsCreated() throws Exception {
        twoServiceProjects();
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(false);
        postFieldSetup("10000");
        verify(resp).sendError(403, en.text("retention.admin.xsrf"));
        verifyNoFieldCreated();
    }

    @Test
    void aSetUpWithoutAWebSudoSessionIsSentToAuthenticateAndNothingIsCreated() throws Exception {
        twoServiceProjects();
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        doThrow(new WebSudoSessionException("no websudo")).when(webSudo).willExecuteWebSudoRequest(req);
        postFieldSetup("10000");
        verify(webSudo).enforceWebSudoProtection(req, resp);
        verifyNoFieldCreated();
    }

    @Test
    void withoutServiceProjectsThePageSaysSoAndASetUpCreatesNothing() throws Exception {
        jiraFields.project(10200L, "DEV", "Development", "software", "Bug");
        when(users.getRemoteUserKey(req)).thenReturn(ADMIN);
        servlet.doGet(req, resp);
        assertThat(page.toString()).contains(en.text("retention.admin.fields.noServiceProjects"))
                .doesNotContain("name=\"fieldProject\"");
        when(xsrf.validateFormEncodedToken(req)).thenReturn(true);
        page.getBuffer().setLength(0);
        postFieldSetup();
        verify(resp).setStatus(400);
        assertThat(page.toString()).contains(en.text("retention.admin.fields.noServiceProjects"));
        verifyNoFieldCreated();
    }
}
