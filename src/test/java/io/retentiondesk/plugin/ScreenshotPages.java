package io.retentiondesk.plugin;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyProblem;
import io.retentiondesk.jira.adminpage.PolicyForm;
import io.retentiondesk.jira.panel.PanelContent;
import io.retentiondesk.jira.panel.PanelSamples;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Writes the pages the README's screenshots show: the real templates rendered with sample data, each inside a
 * page that loads AUI's stylesheet the way Jira does. {@code scripts/screenshots.sh} runs it, then headless
 * Chromium. Usage: {@code ScreenshotPages <out-dir> <aui-css-path>}.
 */
public final class ScreenshotPages {
    private ScreenshotPages() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String css = args[1];
        Files.createDirectories(out);
        PanelContent.Texts en = PanelSamples.texts(Locale.ENGLISH);
        PanelContent.Texts zh = PanelSamples.texts(Locale.SIMPLIFIED_CHINESE);
        write(out.resolve("panel-at-risk-key.html"), css, "SUP-1042 · Acme Logistics",
                panel(PanelContent.of(PanelSamples.atRiskKey(), PanelSamples.atRiskKeyStored(), en)));
        write(out.resolve("panel-quiet-small.html"), css, "SUP-2203 · Corner Café",
                panel(PanelContent.of(PanelSamples.quietSmall(), PanelSamples.quietSmallStored(), en)));
        write(out.resolve("panel-at-risk-key-zh.html"), css, "SUP-1042 · Acme Logistics",
                panel(PanelContent.of(PanelSamples.atRiskKey(), PanelSamples.atRiskKeyStored(), zh)));
        write(out.resolve("admin-page.html"), css, null, admin());
        write(out.resolve("rates-page.html"), css, null, rates());
        write(out.resolve("setup-section.html"), css, null,
                "<section class=\"aui-page-panel-content rd-admin\">" + setupFragment() + "</section>");
    }

    /**
     * The admin page's setup check with a mix of states, on its own template: lines as the app's parts word them, and
     * one field line standing for the field parts (written elsewhere) to show an ambiguous state.
     */
    private static String setupFragment() throws Exception {
        com.atlassian.sal.api.message.I18nResolver en = io.retentiondesk.testing.Bundle.of(Locale.ENGLISH).resolver();
        String base = "https://jira.example.com";
        java.util.function.Function<io.retentiondesk.jira.setup.SetupLine, io.retentiondesk.jira.setup.ShownLine> worded =
                line -> io.retentiondesk.jira.setup.ShownLine.of(line, en, base);
        io.retentiondesk.jira.setup.SetupState ok = io.retentiondesk.jira.setup.SetupState.OK;
        List<io.retentiondesk.jira.setup.ShownLine> lines = List.of(
                worded.apply(new io.retentiondesk.jira.setup.SetupLine("retention.setup.workflow.assign_customer_tier.title", ok,
                        "retention.setup.workflow.on", List.of("Service desk workflow: Create"),
                        io.retentiondesk.jira.setup.JiraScreens.workflow("Service desk workflow"))),
                worded.apply(new io.retentiondesk.jira.setup.SetupLine("retention.setup.workflow.score_satisfaction.title",
                        io.retentiondesk.jira.setup.SetupState.MISSING, "retention.setup.workflow.missing.resolve",
                        List.of("IT incident workflow", "Service desk workflow: Resolve this issue"),
                        io.retentiondesk.jira.setup.JiraScreens.workflow("IT incident workflow"))),
                worded.apply(new io.retentiondesk.jira.setup.SetupLine("retention.setup.workflow.callback_outcome_required.title",
                        ok, "retention.setup.workflow.on", List.of("Service desk workflow: Log callback, Callback failed: re-open"),
                        io.retentiondesk.jira.setup.JiraScreens.workflow("Service desk workflow"))),
                new io.retentiondesk.jira.setup.ShownLine(new io.retentiondesk.jira.setup.SetupLine("sample.field",
                        io.retentiondesk.jira.setup.SetupState.AMBIGUOUS, "sample.field", List.of(), "/secure/admin/ViewCustomFields.jspa"),
                        "Field: Customer tier", "Two fields of this type apply to SUP (Customer tier, Customer tier (old)); "
                        + "neither is written until one is removed from the project.", base + "/secure/admin/ViewCustomFields.jspa"),
                worded.apply(new io.retentiondesk.jira.setup.SetupLine("retention.setup.job.title",
                        io.retentiondesk.jira.setup.SetupState.NOT_SCHEDULED, "retention.setup.job.notScheduled", List.of(),
                        io.retentiondesk.jira.setup.JiraScreens.MANAGE_APPS)),
                worded.apply(new io.retentiondesk.jira.setup.SetupLine("retention.setup.work.dead.title",
                        io.retentiondesk.jira.setup.SetupState.FAILING, "retention.setup.work.dead", List.of("3", "5"),
                        io.retentiondesk.jira.setup.JiraScreens.adminPage("rd-dead"))),
                worded.apply(new io.retentiondesk.jira.setup.SetupLine("retention.setup.values.title",
                        io.retentiondesk.jira.setup.SetupState.INFO, "retention.setup.values.some", List.of("1180", "1200"),
                        io.retentiondesk.jira.setup.JiraScreens.adminPage("rd-values"))),
                worded.apply(new io.retentiondesk.jira.setup.SetupLine("retention.setup.runas.title",
                        io.retentiondesk.jira.setup.SetupState.INFO, "retention.setup.runas.current",
                        List.of("Retention bot", "retention-bot"), io.retentiondesk.jira.setup.JiraScreens.adminPage("rd-runas"))));
        return render("templates/admin/setup-section.vm", io.retentiondesk.jira.adminpage.SetupSection.context(lines, en::getText));
    }

    private static String panel(Map<String, Object> context) throws Exception {
        String body = render("templates/panel/retention-panel.vm", context);
        return "<div class=\"rd-issue\"><div class=\"rd-left\"><h2>Invoice wrong again — second time this month</h2>"
                + "<p class=\"aui-lozenge aui-lozenge-current\">Resolved</p><p>Details, description and comments"
                + " of the request…</p></div><div class=\"rd-right module\"><h4 class=\"toggle-title\">Retention</h4>"
                + body + "</div></div>";
    }

    private static String admin() throws Exception {
        Map<String, Object> context = new HashMap<>();
        String json = Policy.defaultJson();
        List<PolicyProblem> problems = List.of(new PolicyProblem("risk.halfLifeDays", "a number from 1 to 365", "-5"));
        context.put("policyJson", json);
        // the first settings and the churn-risk ones, where the sample problem shows next to its field
        List<io.retentiondesk.jira.adminpage.PolicyRow> rows = new java.util.ArrayList<>(PolicyForm.rows(json, problems).subList(0, 3));
        PolicyForm.rows(json, problems).stream().filter(r -> List.of("risk.windowDays", "risk.halfLifeDays", "risk.scale",
                "risk.bands.medium", "risk.bands.high", "risk.bands.critical").contains(r.path())).forEach(rows::add);
        context.put("rows", rows);
        context.put("documentProblems", List.of());
        context.put("hasDocumentProblems", false);
        context.put("message", "Preview: 3 customers read, 2 tier changes, 1 lines skipped. Nothing was saved.");
        context.put("importLines", List.of("Acme Logistics: Major → Key", "Corner Café: Unrated → Small",
                "line 4: annual_value: expected a number of 0 or more, got -1200"));
        context.put("policyVersion", "3");
        context.put("auditLines", List.of("2026-11-24T16:02:11Z · Wei Zhang (wzhang) · risk.halfLifeDays: 45 → 30",
                "2026-11-20T09:15:40Z · Wei Zhang (wzhang) · tiering.method: COUNT_SHARE → VALUE_SHARE"));
        context.put("hasAudit", true);
        context.put("atlToken", "sample-token");
        context.put("tokenName", "atl_token");
        context.put("valuesMaxBytes", "5242880");
        context.put("runAsLine", "Now: Retention bot (retention-bot)");
        context.put("runAsUsername", "retention-bot");
        context.put("runAsProblems", List.of());
        context.put("setupSectionHtml", setupFragment()); // the page opens with the setup check
        // Set up fields: two service projects, both ticked, nothing pressed yet
        context.put("fieldProjects", List.of(
                new io.retentiondesk.jira.adminpage.ProjectChoice("10000", "Customer Support (SUP)", true),
                new io.retentiondesk.jira.adminpage.ProjectChoice("10100", "Sales Desk (SAL)", true)));
        context.put("hasServiceProjects", true);
        context.put("fieldSetupLines", List.of());
        // a re-tier started at 06:00 by an admin, a third of the way through
        java.time.Instant started = java.time.Instant.parse("2026-11-25T06:00:00Z");
        context.putAll(io.retentiondesk.jira.adminpage.WorkSection.context(new io.retentiondesk.jira.job.WorkProgress.Status(
                io.retentiondesk.jira.job.NightlyWork.Task.RETIER, io.retentiondesk.jira.job.WorkProgress.State.RUNNING,
                412, 1200, started, started.plusSeconds(40), null), started.plusSeconds(41), PanelSamples.texts(Locale.ENGLISH)));
        // one item of work given up on after its last attempt, two still waiting for the nightly retry
        java.time.Instant gaveUp = java.time.Instant.parse("2026-11-25T02:31:00Z");
        context.putAll(io.retentiondesk.jira.adminpage.WorkSection.deadContext(List.of(
                new io.retentiondesk.jira.ao.FailedWorkQueue.FailedWork(41, io.retentiondesk.jira.work.WorkKind.ASSESS_CHURN_RISK,
                        "assess-churn-risk", 10_412L, "SUP-1042", 5, gaveUp, "java.lang.IllegalStateException", null, gaveUp)),
                new io.retentiondesk.jira.ao.FailedWorkQueue.Counts(2, 1), PanelSamples.texts(Locale.ENGLISH)));
        // no calibration waiting (the re-tier above holds the one background run)
        Map<String, Object> settings = new HashMap<>();
        io.retentiondesk.jira.policy.PolicyStore policies = new io.retentiondesk.jira.policy.PolicyStore(
                io.retentiondesk.jira.policy.MapPluginSettings.over(settings), new io.retentiondesk.jira.job.SharedLocks());
        context.putAll(new io.retentiondesk.jira.adminpage.CalibrationSection(new io.retentiondesk.jira.policy.PendingCalibration(
                io.retentiondesk.jira.policy.MapPluginSettings.over(settings), new io.retentiondesk.jira.job.SharedLocks(),
                policies, new io.retentiondesk.jira.policy.PolicyAudit(io.retentiondesk.jira.policy.MapPluginSettings.over(settings),
                org.mockito.Mockito.mock(com.atlassian.audit.api.AuditService.class))), policies)
                .context(null, started.plusSeconds(41), PanelSamples.texts(Locale.ENGLISH)));
        return render("templates/admin/admin-page.vm", context);
    }

    /** Twelve months of a 400-customer service desk: Small churns most, Key least (as in the Telco data). */
    private static String rates() throws Exception {
        java.util.List<io.retentiondesk.core.rates.RateRow> rows = new java.util.ArrayList<>();
        String[] tiers = {"KEY", "MAJOR", "ORDINARY", "SMALL"};
        int[] base = {20, 60, 120, 200};
        double[] churn = {0.01, 0.02, 0.035, 0.06};
        for (int m = 0; m < 12; m++) {
            java.time.YearMonth month = java.time.YearMonth.of(2025, 12).plusMonths(m);
            int allBase = 0;
            int allChurned = 0;
            for (int t = 0; t < tiers.length; t++) {
                int churned = (int) Math.round(base[t] * churn[t] * (1 + 0.5 * Math.sin(m + t)));
                rows.add(new io.retentiondesk.core.rates.RateRow(month, tiers[t], base[t], churned,
                        churned / (double) base[t], 1 - churned / (double) base[t], base[t] < 30));
                allBase += base[t];
                allChurned += churned;
            }
            rows.add(new io.retentiondesk.core.rates.RateRow(month, "ALL", allBase, allChurned,
                    allChurned / (double) allBase, 1 - allChurned / (double) allBase, false));
        }
        Properties en = bundle();
        java.util.function.Function<String, String> tierName = t -> en.getProperty(
                "ALL".equals(t) ? "retention.report.all" : "retention.tier." + t);
        java.util.List<String> lines = io.retentiondesk.jira.adminpage.RatesSection.lines(rows.subList(rows.size() - 5, rows.size()),
                tierName, args -> new java.text.MessageFormat(en.getProperty("retention.admin.rates.line")).format(args));
        Map<String, Object> context = new HashMap<>();
        context.put("rateLines", lines);
        context.put("hasRates", true);
        context.put("ratesChartHtml", io.retentiondesk.jira.adminpage.RatesSection.chartHtml(rows, tierName));
        return render("templates/admin/rates-page.vm", context);
    }

    private static String render(String location, Map<String, Object> context) throws Exception {
        return JiraVelocity.render(location, context, new PluginDescriptorTest.TestI18n(bundle()));
    }

    private static Properties bundle() throws Exception {
        Properties p = new Properties();
        try (InputStream in = ScreenshotPages.class.getResourceAsStream("/i18n/retention-desk.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** What Jira adds for the admin page's {@code requireResource}: the plugin's own CSS and script, inlined. */
    private static String webResources(String body) throws Exception {
        if (!body.contains("rd-admin")) {
            return "";
        }
        return "<style>" + resource("/css/admin-page.css") + "</style><script>" + resource("/js/admin-page.js") + "</script>";
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = ScreenshotPages.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path file, String css, String title, String body) throws Exception {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"" + css + "\">"
                + "<style>body{background:#f4f5f7;font-family:-apple-system,'Segoe UI',Roboto,'WenQuanYi Micro Hei',sans-serif}"
                + ".rd-issue{display:flex;gap:24px;padding:20px}.rd-left{flex:2;background:#fff;padding:16px;border-radius:3px}"
                + ".rd-right{flex:1;background:#fff;padding:16px;border-radius:3px;max-width:420px}"
                + ".rd-overdue strong{color:#de350b}"
                + ".rd-admin{background:#fff;margin:20px;padding:20px}"
                + "</style>" + webResources(body) + "</head><body>" + (title == null ? "" : "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><h1 style=\"padding:12px 20px\">" + title + "</h1></div></header>")
                + body.replaceAll("(?s)^.*?<body>|</body>.*$", "") + "</body></html>";
        Files.writeString(file, page, StandardCharsets.UTF_8);
    }
}
