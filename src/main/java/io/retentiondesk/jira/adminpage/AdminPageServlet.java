package io.retentiondesk.jira.adminpage;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.retentiondesk.core.policy.PolicyException;
import io.retentiondesk.core.policy.PolicyProblem;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.policy.PolicyAudit;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.job.NightlyJob;
import io.retentiondesk.jira.job.NightlyWork;
import io.retentiondesk.jira.job.WorkProgress;
import io.retentiondesk.jira.service.RatesReport;
import io.retentiondesk.jira.service.ValueImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The admin page under "Manage apps" (/plugins/servlet/retention-desk/admin): the policy as a form and as JSON,
 * each validation message next to its field. A servlet's default access on Jira 11 is any licensed user, so it
 * checks for itself: anonymous → login, not an admin → 403, WebSudo, and an XSRF token on every POST.
 */
@Named
public class AdminPageServlet extends HttpServlet {
    static final String TEMPLATE = "templates/admin/admin-page.vm";
    static final String RATES_TEMPLATE = "templates/admin/rates-page.vm";

    private final transient UserManager users;
    private final transient LoginUriProvider login;
    private final transient WebSudoManager webSudo;
    private final transient XsrfTokenValidator xsrf;
    private final transient XsrfTokenAccessor tokens;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient PolicyStore policies;
    private final transient PolicyAudit audit;
    private final transient RatesReport rates;
    private final transient ValueImport values;
    private final transient NightlyJob nightly;
    private final transient WorkProgress progress;
    private final transient RunAsSection runAs;
    private final transient FailedWorkQueue failures;
    private final transient SetupSection setup;
    private final transient FieldSetupSection fieldSetup;
    private final transient CalibrationSection calibration;
    private final transient java.time.Clock clock;

    @Inject
    public AdminPageServlet(@ComponentImport UserManager users, @ComponentImport LoginUriProvider login,
                            @ComponentImport WebSudoManager webSudo, @ComponentImport XsrfTokenValidator xsrf,
                            @ComponentImport XsrfTokenAccessor tokens, @ComponentImport TemplateRenderer renderer,
                            @ComponentImport I18nResolver i18n, PolicyStore policies, PolicyAudit audit,
                            RatesReport rates, ValueImport values, NightlyJob nightly, WorkProgress progress,
                            RunAsSection runAs, FailedWorkQueue failures, SetupSection setup,
                            FieldSetupSection fieldSetup, CalibrationSection calibration) {
        this(users, login, webSudo, xsrf, tokens, renderer, i18n, policies, audit, rates, values, nightly, progress,
                runAs, failures, setup, fieldSetup, calibration, java.time.Clock.systemUTC());
    }

    AdminPageServlet(UserManager users, LoginUriProvider login, WebSudoManager webSudo, XsrfTokenValidator xsrf,
                     XsrfTokenAccessor tokens, TemplateRenderer renderer, I18nResolver i18n, PolicyStore policies,
                     PolicyAudit audit, RatesReport rates, ValueImport values, NightlyJob nightly,
                     WorkProgress progress, RunAsSection runAs, FailedWorkQueue failures, SetupSection setup,
                     FieldSetupSection fieldSetup, CalibrationSection calibration, java.time.Clock clock) {
        this.users = Objects.requireNonNull(users);
        this.login = Objects.requireNonNull(login);
        this.webSudo = Objects.requireNonNull(webSudo);
        this.xsrf = Objects.requireNonNull(xsrf);
        this.tokens = Objects.requireNonNull(tokens);
        this.renderer = Objects.requireNonNull(renderer);
        this.i18n = Objects.requireNonNull(i18n);
        this.policies = Objects.requireNonNull(policies);
        this.audit = Objects.requireNonNull(audit);
        this.rates = Objects.requireNonNull(rates);
        this.values = Objects.requireNonNull(values);
        this.nightly = Objects.requireNonNull(nightly);
        this.progress = Objects.requireNonNull(progress);
        this.runAs = Objects.requireNonNull(runAs);
        this.failures = Objects.requireNonNull(failures);
        this.setup = Objects.requireNonNull(setup);
        this.fieldSetup = Objects.requireNonNull(fieldSetup);
        this.calibration = Objects.requireNonNull(calibration);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!admitted(req, resp)) {
            return;
        }
        if ("rates".equals(req.getParameter("view"))) {
            renderRates(resp);
        } else {
            render(req, resp, policies.currentJson(), List.of(), null, List.of());
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!admitted(req, resp)) {
            return;
        }
        if (!xsrf.validateFormEncodedToken(req)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("retention.admin.xsrf"));
            return;
        }
        String action = Objects.requireNonNullElse(req.getParameter("action"), "form");
        if (action.startsWith("values-")) {
            importValues(req, resp, action.equals("values-preview"));
            return;
        }
        if (action.equals("runas")) {
            chooseRunAs(req, resp);
            return;
        }
        if (action.equals("fields-setup")) {
            setUpFields(req, resp);
            return;
        }
        if (action.equals("work-retry")) {
            retryDead(req, resp);
            return;
        }
        if (action.equals("retier") || action.equals("reassess")) {
            startNow(req, resp, action.equals("retier") ? NightlyWork.Task.RETIER : NightlyWork.Task.REASSESS);
            return;
        }
        if (action.equals("calibrate")) {
            startNow(req, resp, NightlyWork.Task.CALIBRATE);
            return;
        }
        if (action.equals("calibration-apply") || action.equals("calibration-discard")) {
            actOnCalibration(req, resp, action.equals("calibration-apply"));
            return;
        }
        String json = "json".equals(action)
                ? Objects.requireNonNullElse(req.getParameter("policyJson"), "")
                : PolicyForm.json(submittedSettings(req), policies.currentJson());
        try {
            String before = policies.currentJson();
            policies.save(json);
            audit.record(users.getRemoteUserKey(req).getStringValue(), before, policies.currentJson());
            render(req, resp, policies.currentJson(), List.of(), i18n.getText("retention.admin.saved"), List.of());
        } catch (PolicyException e) {
            // the rejected document is shown again with its problems; the stored policy is unchanged
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String shown = isJson(json) ? json : policies.currentJson();
            render(req, resp, shown, e.problems(), null, List.of());
        }
    }

    private boolean admitted(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UserKey user = users.getRemoteUserKey(req);
        if (user == null) {
            resp.sendRedirect(login.getLoginUri(URI.create(req.getRequestURI())).toASCIIString());
            return false;
        }
        if (!users.isAdmin(user)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("retention.admin.forbidden"));
            return false;
        }
        try {
            webSudo.willExecuteWebSudoRequest(req);
            return true;
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(req, resp);
            return false;
        }
    }

    /** Queues the run and sends the admin back to the page (GET), which shows its progress until it is done. */
    private void startNow(HttpServletRequest req, HttpServletResponse resp, NightlyWork.Task task) throws IOException {
        boolean started;
        try {
            started = nightly.startNow(task);
        } catch (com.atlassian.scheduler.SchedulerServiceException e) {
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            render(req, resp, policies.currentJson(), List.of(), i18n.getText("retention.admin.work.unscheduled"), List.of());
            return;
        }
        if (!started) {
            resp.setStatus(HttpServletResponse.SC_CONFLICT);
            render(req, resp, policies.currentJson(), List.of(), i18n.getText("retention.admin.work.busy"), List.of());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getRequestURI() + (task == NightlyWork.Task.CALIBRATE ? "#rd-calibration" : "#rd-work"));
    }

    /**
     * Applies the pending calibration the admin saw (its id comes with the form) as a new, audited policy version, or
     * discards it; says what happened, and why nothing changed when the policy moved on or it is no longer pending.
     */
    private void actOnCalibration(HttpServletRequest req, HttpServletResponse resp, boolean apply) throws IOException {
        String id = req.getParameter("calibrationId");
        CalibrationSection.Result r = apply
                ? calibration.apply(id, users.getRemoteUserKey(req).getStringValue(), i18n::getText)
                : calibration.discard(id, i18n::getText);
        if (r.status() != HttpServletResponse.SC_OK) {
            resp.setStatus(r.status());
        }
        render(req, resp, policies.currentJson(), List.of(), r.message(), List.of(),
                Map.of("calibrationProblems", r.problems()));
    }

    /**
     * Puts a dead item back in the failed-work queue for the next nightly run and sends the admin back to the page;
     * an id that names no dead item (already retried, or not a number) changes nothing and says so.
     */
    private void retryDead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        java.util.Optional<FailedWorkQueue.FailedWork> requeued;
        try {
            requeued = failures.requeue(Integer.parseInt(Objects.requireNonNullElse(req.getParameter("workId"), "")));
        } catch (NumberFormatException e) {
            requeued = java.util.Optional.empty();
        }
        if (requeued.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_CONFLICT);
            render(req, resp, policies.currentJson(), List.of(), i18n.getText("retention.admin.dead.gone"), List.of());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getRequestURI() + "#rd-dead");
    }

    /** Creates the app's fields the ticked service projects lack; a bad choice creates and keeps nothing. */
    private void setUpFields(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        FieldSetupSection.Result r = fieldSetup.setUp(req.getParameterValues("fieldProject"), i18n::getText);
        if (r.status() != HttpServletResponse.SC_OK) {
            resp.setStatus(r.status());
        }
        render(req, resp, policies.currentJson(), List.of(), r.message(), List.of(), Map.of("fieldSetupLines", r.lines()));
    }

    /** Checks and keeps the run-as user; a rejected one is shown with its problems and the old one stays. */
    private void chooseRunAs(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RunAsSection.Result r = runAs.choose(req.getParameter("runAsUser"), i18n::getText);
        if (!r.saved()) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        render(req, resp, policies.currentJson(), List.of(), r.message().isEmpty() ? null : r.message(), List.of(),
                Map.of("runAsProblems", r.problems()));
    }

    /**
     * Previews or imports the value file, all or nothing: a file with bad lines is refused whole (400), each line
     * listed; a preview lists the same lines, or the customers the import would add and change and the tier changes.
     */
    private void importValues(HttpServletRequest req, HttpServletResponse resp, boolean preview) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        String message;
        try {
            String text = Objects.requireNonNullElse(req.getParameter("valuesCsv"), "");
            ValueImport.Format format = text.trim().startsWith("[") ? ValueImport.Format.JSON : ValueImport.Format.CSV;
            ValueImport.Result r = preview ? values.preview(format, text) : values.apply(format, text);
            if (!r.importable()) {
                message = i18n.getText("retention.admin.values.previewRefused", r.problems().size());
                problemLines(r.problems(), lines);
            } else {
                message = i18n.getText(preview ? "retention.admin.values.previewed" : "retention.admin.values.imported",
                        r.created().size(), r.updated().size(), r.unchanged(), r.changes().size());
                r.changes().forEach(c -> lines.add(i18n.getText("retention.admin.values.change", c.customer(),
                        i18n.getText("retention.tier." + c.from().name()), i18n.getText("retention.tier." + c.to().name()))));
            }
            r.notices().forEach(n -> lines.add(i18n.getText("retention.admin.values.churnTypeOther", n.line(), n.text())));
        } catch (ValueImport.Refused e) {
            resp.setStatus(e.tooLarge() ? 413 : HttpServletResponse.SC_BAD_REQUEST);
            if (e.problems().isEmpty()) {
                message = i18n.getText("retention.admin.values.refused", e.getMessage());
            } else {
                message = i18n.getText("retention.admin.values.refusedLines", e.problems().size());
                problemLines(e.problems(), lines);
            }
        }
        render(req, resp, policies.currentJson(), List.of(), message, lines);
    }

    private void problemLines(List<io.retentiondesk.input.ValueProblem> problems, List<String> lines) {
        problems.forEach(p -> lines.add(i18n.getText("retention.admin.values.problem", p.line(), p.text())));
    }

    private void render(HttpServletRequest req, HttpServletResponse resp, String json, List<PolicyProblem> problems,
                        String message, List<String> importLines) throws IOException {
        render(req, resp, json, problems, message, importLines, Map.of());
    }

    private void render(HttpServletRequest req, HttpServletResponse resp, String json, List<PolicyProblem> problems,
                        String message, List<String> importLines, Map<String, Object> extra) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("importLines", importLines);
        context.put("valuesMaxBytes", Integer.toString(ValueImport.MAX_BYTES));
        context.put("policyJson", json);
        context.put("rows", PolicyForm.rows(json, problems));
        List<String> documentProblems = PolicyForm.unplaced(json, problems);
        context.put("documentProblems", documentProblems);
        context.put("hasDocumentProblems", !documentProblems.isEmpty());
        context.put("message", message == null ? "" : message);
        context.put("policyVersion", Long.toString(policies.version()));
        context.put("atlToken", tokens.getXsrfToken(req, resp, true));
        context.put("tokenName", xsrf.getXsrfParameterName());
        List<String> auditLines = auditLines();
        context.put("auditLines", auditLines);
        context.put("hasAudit", !auditLines.isEmpty());
        context.putAll(WorkSection.context(progress.current().orElse(null), clock.instant(), i18n::getText));
        context.putAll(WorkSection.deadContext(failures.dead(WorkSection.DEAD_SHOWN), failures.counts(), i18n::getText));
        context.putAll(runAs.context(i18n::getText));
        context.put("setupSectionHtml", setup.html(i18n));
        context.putAll(fieldSetup.context(i18n::getText));
        context.putAll(calibration.context(progress.current().orElse(null), clock.instant(), i18n::getText));
        context.putAll(extra);
        context.put("i18n", i18n);
        resp.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, resp.getWriter());
    }

    /** The rates page: the last 12 months per tier, as lines and a chart. */
    private void renderRates(HttpServletResponse resp) throws IOException {
        Map<String, Object> context = new HashMap<>();
        java.time.YearMonth now = java.time.YearMonth.from(clock.instant().atZone(java.time.ZoneOffset.UTC));
        List<io.retentiondesk.core.rates.RateRow> rows = rates.rows(now.minusMonths(11), now);
        java.util.function.Function<String, String> tierName = t -> i18n.getText(
                io.retentiondesk.core.rates.ChurnRateCalculator.ALL.equals(t) ? "retention.report.all" : "retention.tier." + t);
        List<String> rateLines = RatesSection.lines(rows, tierName, args -> i18n.getText("retention.admin.rates.line",
                (java.io.Serializable[]) java.util.Arrays.copyOf(args, args.length, java.io.Serializable[].class)));
        context.put("rateLines", rateLines);
        context.put("hasRates", !rateLines.isEmpty());
        context.put("ratesChartHtml", RatesSection.chartHtml(rows, tierName));
        context.put("i18n", i18n);
        resp.setContentType("text/html;charset=UTF-8");
        renderer.render(RATES_TEMPLATE, context, resp.getWriter());
    }

    /** How many of the kept changes the page shows (PolicyAudit keeps more, for REST and support). */
    static final int AUDIT_SHOWN = 10;

    /** The latest changes as lines: when, who, then each setting before → after. */
    private List<String> auditLines() {
        List<String> lines = new java.util.ArrayList<>();
        List<PolicyAudit.Entry> history = audit.history();
        for (PolicyAudit.Entry e : history.subList(0, Math.min(AUDIT_SHOWN, history.size()))) {
            StringBuilder line = new StringBuilder(e.when()).append(" · ").append(displayName(e.who())).append(" · ");
            if (e.changes().isEmpty()) {
                line.append("—");
            }
            for (int i = 0; i < e.changes().size(); i++) {
                PolicyAudit.Change c = e.changes().get(i);
                line.append(i == 0 ? "" : "; ").append(c.setting()).append(": ").append(c.before()).append(" → ").append(c.after());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** "Full Name (username)" as Jira knows the user now; the stored key when the user is gone. */
    private String displayName(String userKey) {
        com.atlassian.sal.api.user.UserProfile profile = userKey == null ? null : users.getUserProfile(new UserKey(userKey));
        return profile == null ? String.valueOf(userKey) : profile.getFullName() + " (" + profile.getUsername() + ")";
    }

    private static Map<String, String> submittedSettings(HttpServletRequest req) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().startsWith(PolicyForm.PREFIX) && e.getValue().length > 0) {
                settings.put(e.getKey().substring(PolicyForm.PREFIX.length()), e.getValue()[0]);
            }
        }
        return settings;
    }

    private static boolean isJson(String text) {
        try {
            return com.google.gson.JsonParser.parseString(text).isJsonObject();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
