package io.retentiondesk.jira.adminpage;

import com.atlassian.audit.api.AuditService;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.retentiondesk.core.calibration.CalibrationFigures;
import io.retentiondesk.core.calibration.CalibrationSamples;
import io.retentiondesk.core.calibration.CustomerHistory;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.job.HistoryCalibration;
import io.retentiondesk.jira.job.JobsOnAClock;
import io.retentiondesk.jira.job.NightlyJob;
import io.retentiondesk.jira.job.NightlyWork;
import io.retentiondesk.jira.job.SharedLocks;
import io.retentiondesk.jira.job.WorkProgress;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PendingCalibration;
import io.retentiondesk.jira.policy.PolicyAudit;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.plugin.JiraVelocity;
import io.retentiondesk.testing.Bundle;
import io.retentiondesk.testing.MutableClock;
import io.retentiondesk.testing.StoredHistories;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Calibrate from history end to end, as an administrator uses it: the button queues a run on Jira's scheduler, the
 * job fits the points over the records and churn marks stored in Active Objects (the real ORM over HSQLDB), the page
 * shows the result as calibration.html does, and Apply or Discard acts on it through the policy's own validation and
 * audit, on the real template.
 */
class CalibrationFromHistoryTest {
    private static final UserKey ADMIN = new UserKey("JIRAUSER1");
    /** 40 customers, 319 records, 38 churners: enough to fit on (CalibratorTest's simulated world). */
    private static final List<CustomerHistory> WORLD = CalibrationSamples.simulated(40, 0.03, 3L);
    private static EntityManagerActiveObjects stored;

    @BeforeAll
    static void storeTheWorld() throws Exception {
        stored = EntityManagerActiveObjects.migratedAll();
        StoredHistories.store(WORLD, new TicketRecords(stored), new CustomerRegistry(stored));
    }

    /** One Jira: the servlet and what it works with, over one database and one set of plugin settings. */
    private static final class Jira {
        final Map<String, Object> settings = new HashMap<>();
        final AuditService auditLog = mock(AuditService.class);
        final PolicyStore policies = new PolicyStore(MapPluginSettings.over(settings), new io.retentiondesk.jira.job.SharedLocks());
        final PolicyAudit audit = new PolicyAudit(MapPluginSettings.over(settings), auditLog);
        final PendingCalibration pending = new PendingCalibration(MapPluginSettings.over(settings), new SharedLocks(),
                policies, audit);
        final SchedulerService scheduler = mock(SchedulerService.class);
        final MutableClock clock = new MutableClock(CalibrationSamples.AS_OF);
        final WorkProgress progress = JobsOnAClock.progress(MapPluginSettings.over(settings), clock);
        final NightlyJob job;
        final AdminPageServlet servlet;
        final UserManager users = mock(UserManager.class);
        final XsrfTokenValidator xsrf = mock(XsrfTokenValidator.class);
        final StringWriter page = new StringWriter();
        final io.retentiondesk.jira.customfield.JiraFields fields = new io.retentiondesk.jira.customfield.JiraFields();
        int status = 200;

        Jira(EntityManagerActiveObjects ao, Bundle bundle) throws Exception {
            job = JobsOnAClock.job(scheduler, mock(NightlyWork.class), progress,
                    new HistoryCalibration(new TicketRecords(ao), new CustomerRegistry(ao), policies, pending), clock);
            when(users.getRemoteUserKey(any())).thenReturn(ADMIN);
            when(users.isAdmin(ADMIN)).thenReturn(true);
            when(xsrf.validateFormEncodedToken(any())).thenReturn(true);
            when(xsrf.getXsrfParameterName()).thenReturn("atl_token");
            XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
            when(tokens.getXsrfToken(any(), any(), eq(true))).thenReturn("tok123");
            LoginUriProvider login = mock(LoginUriProvider.class);
            when(login.getLoginUri(any())).thenReturn(URI.create("/login.jsp"));
            TemplateRenderer renderer = mock(TemplateRenderer.class);
            doAnswer(a -> {
                Map<String, Object> context = a.getArgument(1);
                context.remove("i18n");
                ((java.io.Writer) a.getArgument(2)).write(JiraVelocity.renderAtr(a.getArgument(0), context,
                        new AdminPageServletTest.Texts(bundle)));
                return null;
            }).when(renderer).render(anyString(), any(), any());
            RunAsSection runAs = new RunAsSection(new io.retentiondesk.jira.policy.RunAsUserStore(
                    MapPluginSettings.over(settings)), mock(com.atlassian.jira.user.util.UserManager.class),
                    mock(com.atlassian.jira.security.PermissionManager.class),
                    mock(io.retentiondesk.jira.ao.TicketLinks.class), mock(com.atlassian.jira.issue.IssueManager.class));
            servlet = new AdminPageServlet(users, login, mock(WebSudoManager.class), xsrf, tokens, renderer,
                    bundle.resolver(), policies, audit, mock(io.retentiondesk.jira.service.RatesReport.class),
                    mock(io.retentiondesk.jira.service.ValueImport.class), job, progress, runAs, new FailedWorkQueue(ao),
                    new SetupSection(new io.retentiondesk.jira.setup.SetupCheck(List.of()),
                            mock(com.atlassian.sal.api.ApplicationProperties.class), renderer),
                    new FieldSetupSection(fields.setup(), fields.serviceProjects()),
                    new CalibrationSection(pending, policies), clock);
        }

        /** The page after a GET, or after a POST of these parameters; {@link #status} is the answer's status. */
        String request(String method, Map<String, String> parameters) throws Exception {
            HttpServletRequest req = mock(HttpServletRequest.class);
            when(req.getMethod()).thenReturn(method);
            when(req.getRequestURI()).thenReturn("/plugins/servlet/retention-desk/admin");
            when(req.getParameter(anyString())).thenAnswer(a -> parameters.get(a.<String>getArgument(0)));
            Map<String, String[]> map = new HashMap<>();
            parameters.forEach((k, v) -> map.put(k, new String[] {v}));
            when(req.getParameterMap()).thenReturn(map);
            HttpServletResponse resp = mock(HttpServletResponse.class);
            page.getBuffer().setLength(0);
            when(resp.getWriter()).thenReturn(new PrintWriter(page));
            status = 200;
            doAnswer(a -> status = a.getArgument(0)).when(resp).setStatus(org.mockito.ArgumentMatchers.anyInt());
            servlet.service(req, resp);
            if (status == 303) {
                ArgumentCaptor<String> location = ArgumentCaptor.forClass(String.class);
                verify(resp).setHeader(eq("Location"), location.capture());
                return location.getValue();
            }
            return page.toString();
        }

        /** Calibrate from history: the button, then the scheduler running the queued job on some node. */
        void calibrate() throws Exception {
            assertThat(request("POST", Map.of("action", "calibrate"))).isEqualTo(
                    "/plugins/servlet/retention-desk/admin#rd-calibration");
            assertThat(status).isEqualTo(303);
            ArgumentCaptor<JobConfig> queued = ArgumentCaptor.forClass(JobConfig.class);
            verify(scheduler).scheduleJob(eq(JobId.of("io.retentiondesk.now")), queued.capture());
            assertThat(queued.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
            assertThat(queued.getValue().getParameters()).containsEntry("task", "CALIBRATE");
            assertThat(request("GET", Map.of())).contains("2026-07-01 00:00 UTC", // queued, in either language
                    "<meta http-equiv=\"refresh\" content=\"5\"/>");
            JobRunnerRequest run = mock(JobRunnerRequest.class);
            when(run.getJobConfig()).thenReturn(queued.getValue());
            assertThat(job.runJob(run).toString()).startsWith("success");
        }
    }

    @Test
    void aRunOverTheStoredRecordsIsShownAsInCalibrationHtmlAndApplySavesItOnceAsANewAuditedPolicyVersion()
            throws Exception {
        Jira jira = new Jira(stored, Bundle.of(Locale.ENGLISH));
        assertThat(jira.request("GET", Map.of())).contains("No calibration is waiting.")
                .doesNotContain("value=\"calibration-apply\"");
        jira.calibrate();
        PendingCalibration.Pending kept = jira.pending.current().orElseThrow();
        CalibrationFigures f = CalibrationFigures.of(kept.result());
        String html = jira.request("GET", Map.of());
        assertThat(html).contains("Calibrated ", " on policy version 0, from the history up to 2026-07-01 00:00 UTC.",
                "Fitted on 24 months from 2024-07: " + kept.result().customerMonths() + " customer-months, "
                        + kept.result().churners() + " churners",
                "ROC AUC (the chance that a churner scores above a customer who stayed; 0.5 is chance): "
                        + f.aucDefault() + " with the current points, " + f.aucFitted() + " with the fitted points.",
                "name=\"calibrationId\" value=\"" + kept.id() + "\"", "value=\"calibration-apply\"",
                "value=\"calibration-discard\"")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(html).contains(f.apply() ? "Apply saves them as a new policy version."
                : "keep the current points (Discard)");
        for (CalibrationFigures.SignalRow row : f.signals()) {
            assertThat(html).contains("<td>" + row.signal().name() + "</td><td>" + row.defaultPoints() + "</td><td>"
                    + row.fittedPoints() + "</td><td>" + (row.interval() != null ? row.interval()
                    : "no evidence: kept") + "</td><td>" + row.occurrences() + "</td><td>" + row.churners() + "</td>");
        }
        assertThat(html).contains("<td>CSAT rating 1 or 2</td>", "<td>Low</td>");

        assertThat(jira.request("POST", Map.of("action", "calibration-apply", "calibrationId", kept.id())))
                .contains("The fitted points are saved as policy version 1", "No calibration is waiting.");
        assertThat(jira.status).isEqualTo(200);
        assertThat(jira.policies.version()).isEqualTo(1);
        for (RiskSignal s : RiskSignal.values()) {
            assertThat(jira.policies.current().risk().points(s)).as(s.name())
                    .isEqualTo((double) kept.result().fittedPoints().get(s));
        }
        assertThat(jira.policies.current().risk().halfLifeDays()).isEqualTo(kept.result().halfLifeDays());
        assertThat(jira.audit.history()).singleElement().satisfies(e -> {
            assertThat(e.who()).isEqualTo("JIRAUSER1");
            assertThat(e.changes()).extracting(PolicyAudit.Change::setting).contains("risk.points.LOW_RATING");
        });
        verify(jira.auditLog).audit(any());
        assertThat(jira.pending.current()).isEmpty();

        // the same form again (a second click, a stale tab): nothing is applied twice
        assertThat(jira.request("POST", Map.of("action", "calibration-apply", "calibrationId", kept.id())))
                .contains("That calibration is no longer waiting");
        assertThat(jira.status).isEqualTo(409);
        assertThat(jira.policies.version()).isEqualTo(1);
        assertThat(jira.audit.history()).hasSize(1);
    }

    @Test
    void discardForgetsTheCalibrationAndLeavesThePolicy() throws Exception {
        Jira jira = new Jira(stored, Bundle.of(Locale.ENGLISH));
        jira.calibrate();
        String id = jira.pending.current().orElseThrow().id();
        assertThat(jira.request("POST", Map.of("action", "calibration-discard", "calibrationId", id)))
                .contains("The calibration was discarded; the policy is unchanged.", "No calibration is waiting.")
                .doesNotContain("value=\"calibration-apply\"");
        assertThat(jira.pending.current()).isEmpty();
        assertThat(jira.policies.version()).isZero();
        assertThat(jira.policies.current()).isEqualTo(Policy.defaults());
        verify(jira.auditLog, never()).audit(any());
        assertThat(jira.request("POST", Map.of("action", "calibration-apply", "calibrationId", id)))
                .contains("That calibration is no longer waiting");
        assertThat(jira.policies.version()).isZero();
    }

    @Test
    void applyAfterThePolicyChangedIsRefusedAndThePageSaysSo() throws Exception {
        Jira jira = new Jira(stored, Bundle.of(Locale.ENGLISH));
        jira.calibrate();
        String id = jira.pending.current().orElseThrow().id();
        // another administrator saves a change with the form meanwhile
        jira.request("POST", Map.of("action", "form", "p:risk.halfLifeDays", "30"));
        assertThat(jira.policies.version()).isEqualTo(1);
        assertThat(jira.request("GET", Map.of())).contains("The policy has changed since (it is now version 1), so"
                + " these points can no longer be applied: calibrate again.");
        assertThat(jira.request("POST", Map.of("action", "calibration-apply", "calibrationId", id)))
                .contains("The policy changed after this calibration was fitted: nothing was applied.");
        assertThat(jira.status).isEqualTo(409);
        assertThat(jira.policies.version()).isEqualTo(1);
        assertThat(jira.policies.current().risk().halfLifeDays()).isEqualTo(30);
        assertThat(jira.audit.history()).hasSize(1); // the form's change only
    }

    @Test
    void tooLittleHistoryIsKeptAndShownWithWhatIsMissingInBothLanguages() throws Exception {
        EntityManagerActiveObjects small = EntityManagerActiveObjects.migratedAll();
        List<CustomerHistory> few = WORLD.subList(0, 6);
        StoredHistories.store(few, new TicketRecords(small), new CustomerRegistry(small));
        long churners = StoredHistories.churners(few);

        Jira jira = new Jira(small, Bundle.of(Locale.ENGLISH));
        jira.calibrate();
        assertThat(jira.pending.current()).get().extracting(PendingCalibration.Pending::refused).isEqualTo(true);
        assertThat(jira.request("GET", Map.of())).contains(
                "was refused: the stored history is too short to fit the points on. What is missing:",
                "<li>" + churners + " churners in the customer-months; at least 20 are needed")
                .doesNotContain("value=\"calibration-apply\"", "rd-calibration-points");

        Jira zh = new Jira(small, Bundle.of(Locale.SIMPLIFIED_CHINESE));
        zh.calibrate();
        assertThat(zh.request("GET", Map.of())).contains("依据历史校准", "的校准被拒绝：保存的历史太短，无法拟合分值。缺少：",
                "<li>客户月中共有 " + churners + " 个流失客户；至少需要 20 个");
    }

    @Test
    void theFittedTablesAreInChineseOnAChinesePage() throws Exception {
        Jira zh = new Jira(stored, Bundle.of(Locale.SIMPLIFIED_CHINESE));
        zh.calibrate();
        assertThat(zh.request("GET", Map.of())).contains("在策略版本 0 上完成校准", "<td>满意度评分 1 或 2</td>",
                "应用为新的策略版本", "放弃");
    }
}
