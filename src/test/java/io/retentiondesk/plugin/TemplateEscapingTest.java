package io.retentiondesk.plugin;

import com.atlassian.audit.api.AuditService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.google.gson.JsonPrimitive;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.adminpage.AdminPageServlet;
import io.retentiondesk.jira.adminpage.RatesSection;
import io.retentiondesk.jira.job.JobsOnAClock;
import io.retentiondesk.jira.job.NightlyWork;
import io.retentiondesk.jira.job.WorkProgress;
import io.retentiondesk.jira.panel.PanelContent;
import io.retentiondesk.jira.panel.PanelSamples;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyAudit;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.service.RatesReport;
import io.retentiondesk.jira.service.ValueImport;
import io.retentiondesk.plugin.JiraVelocity.Engine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Every template, rendered by the engine that renders it in Jira, prints every value it is given as text escaped
 * exactly once: not raw (an XSS), not twice (an escape in the code before the engine's own, shown to the user as
 * {@code &amp;lt;}). The keys come from each template's syntax tree and the values from the code that builds its
 * context, so a new key or template is covered without touching this test.
 */
class TemplateEscapingTest {
    /** Markup, both quotes and an entity: raw it shows {@code <script}, escaped once {@code &lt;script}, twice {@code &amp;lt;}. */
    static final String HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)> Tom &amp; Jerry";

    /**
     * The values a template may print raw, each app-made HTML carrying no user text unescaped, and why. A key here is
     * named so both engines print it raw ({@code …Html}); any other raw-output name fails the test.
     */
    static final Map<String, Map<String, String>> RAW_BY_DESIGN = Map.of("templates/admin/rates-page.vm",
            Map.of("ratesChartHtml", "SVG that JFreeChart draws from months, rates and the app's own tier names; "
                    + "JFreeSVG escapes every label (theRatesChartPrintedRawEscapesEveryLabelItDraws)"),
            "templates/admin/admin-page.vm",
            Map.of("setupSectionHtml", "templates/admin/setup-section.vm as the Template Renderer rendered it: that "
                    + "template is checked here like every other, with the hostile setup lines adminPages() gives it"));

    private static final Map<String, List<Map<String, Object>>> CONTEXTS = new ConcurrentHashMap<>();

    static Stream<String> templates() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            List<String> all = files.filter(p -> p.toString().endsWith(".vm"))
                    .map(p -> Path.of("src/main/resources").relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertThat(all).isNotEmpty();
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aHostileValueUnderEveryKeyTheTemplateUsesComesOutEscapedExactlyOnce(String location) throws Exception {
        TemplateReferences refs = TemplateReferences.of(location);
        Map<String, Object> merged = merge(contexts(location));
        assertThat(merged.keySet()).as(location + ": every key the template reads is one the app puts in its context")
                .containsAll(refs.contextKeys());
        Map<String, String> deliberate = RAW_BY_DESIGN.getOrDefault(location, Map.of());
        Map<String, String> leaves = new LinkedHashMap<>();
        HostileI18n i18n = new HostileI18n();
        List<String> outputs = new ArrayList<>();
        // all keys at once with every flag both ways (every #if branch), then each context as the app builds it (a key
        // one context lacks, such as a score type's scoreText, opens a branch the merged one never takes)
        List<Map<String, Object>> tried = new ArrayList<>(List.of(merged));
        tried.addAll(contexts(location));
        for (int c = 0; c < tried.size(); c++) {
            Map<String, Object> hostile = new HashMap<>();
            for (Map.Entry<String, Object> e : tried.get(c).entrySet()) {
                Object value = empty(e.getValue()) ? merged.get(e.getKey()) : e.getValue(); // a list another page fills
                boolean raw = deliberate.containsKey(e.getKey());
                hostile.put(e.getKey(), raw ? value : hostile(value, Object.class, e.getKey(), leaves));
            }
            List<String> flags = c > 0 ? List.of()
                    : hostile.keySet().stream().filter(k -> hostile.get(k) instanceof Boolean).sorted().toList();
            assertThat(flags).as("flags to try both ways").hasSizeLessThanOrEqualTo(8);
            for (int mask = 0; mask < 1 << flags.size(); mask++) {
                for (int i = 0; i < flags.size(); i++) {
                    hostile.put(flags.get(i), (mask & 1 << i) != 0);
                }
                outputs.add(JiraVelocity.render(location, hostile, i18n));
            }
        }
        String all = String.join("\n", outputs);
        Map<String, String> wrong = new LinkedHashMap<>();
        leaves.forEach((path, value) -> {
            String status = status(all, value);
            if (refs.contextKeys().contains(path.split("[.\\[]")[0]) && !status.equals("once")) {
                wrong.put(path, status);
            }
        });
        i18n.given.forEach((key, value) -> {
            if (!status(all, value).equals("once")) {
                wrong.put("$i18n.getText(" + key + ")", status(all, value));
            }
        });
        assertThat(wrong).as(location + ", rendered by " + JiraVelocity.engineOf(location) + ": every value it is given "
                + "comes out escaped exactly once (Jira's Velocity escapes only in a template with #enable_html_escaping(); "
                + "both engines print a key named …Html raw)").isEmpty();
        outputs.forEach(out -> assertNothingRawNorTwice(location, out)); // nor anything this test did not put there
        merged.forEach((key, value) -> {
            if (deliberate.containsKey(key) && refs.contextKeys().contains(key) && !value.toString().isEmpty()) {
                assertThat(all).as(location + " prints the app-made " + key + " as it is").contains(value.toString());
            }
        });
    }

    /** The same, with the hostile text fed where the app reads it (words, names, files, JSON), catching an escape in the code. */
    @ParameterizedTest
    @MethodSource("templates")
    void whatTheCodeBuildsFromHostileTextComesOutEscapedExactlyOnce(String location) {
        TemplateReferences refs = TemplateReferences.of(location);
        Set<String> deliberate = RAW_BY_DESIGN.getOrDefault(location, Map.of()).keySet();
        for (Map<String, Object> context : contexts(location)) {
            context.forEach((key, value) -> {
                if (refs.contextKeys().contains(key) && !deliberate.contains(key)) {
                    for (String text : texts(value)) {
                        assertThat(text).as(location + ": " + key + " is text, escaped by the engine, not by the code")
                                .doesNotContain("&lt;", "&gt;", "&quot;", "&#39;");
                    }
                }
            });
            assertNothingRawNorTwice(location, JiraVelocity.render(location, context, new HostileI18n()));
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void onlyAppMadeHtmlHasARawOutputName(String location) {
        Set<String> deliberate = RAW_BY_DESIGN.getOrDefault(location, Map.of()).keySet();
        assertThat(TemplateReferences.of(location).rawPrinted()).as(location + ": what it prints raw because of a name "
                + "(…Html, body, head, xHtmlContent, a …Html() or render…() method): only RAW_BY_DESIGN")
                .containsExactlyInAnyOrderElementsOf(deliberate);
        for (Map<String, Object> context : contexts(location)) {
            assertThat(context.keySet().stream().filter(JiraVelocity::rawByReferenceName))
                    .as(location + ": context keys with a raw-output name").allMatch(deliberate::contains);
        }
    }

    /** Jira 10+ lets a template call only allow-listed methods; none of ours may have a name that makes it raw. */
    @Test
    void noVelocityAllowListedMethodHasARawOutputName() throws Exception {
        List<Element> methods = new ArrayList<>();
        NodeList allowLists = descriptor().getElementsByTagName("velocity-allowlist");
        for (int i = 0; i < allowLists.getLength(); i++) {
            methods.addAll(children((Element) allowLists.item(i), "method"));
        }
        assertThat(methods).isNotEmpty();
        for (Element method : methods) {
            String[] entry = method.getTextContent().trim().split("#");
            String name = entry[1].replace("()", "");
            assertThat(JiraVelocity.htmlSafeMethodName(name)).as(entry[0] + "#" + name).isFalse();
            assertThat(JiraVelocity.annotatedHtmlSafe(Class.forName(entry[0]), name)).as(entry[0] + "#" + name).isFalse();
        }
    }

    /** The one raw value: whatever a tier's name says, the SVG draws it as text. */
    @Test
    void theRatesChartPrintedRawEscapesEveryLabelItDraws() {
        List<RateRow> rows = List.of(new RateRow(YearMonth.of(2026, 5), "KEY", 20, 1, 0.05, 0.95, true),
                new RateRow(YearMonth.of(2026, 6), "KEY", 20, 2, 0.1, 0.9, true),
                new RateRow(YearMonth.of(2026, 6), "ALL", 40, 2, 0.05, 0.95, false));
        String svg = RatesSection.chartHtml(rows, tier -> HOSTILE + " " + tier);
        assertThat(svg).startsWith("<svg").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script", "<img", "&amp;lt;");
    }

    /** The folder rule of JiraVelocity agrees with the descriptor: who renders each resource it names. */
    @Test
    void everyTemplateIsRenderedByTheEngineOfItsFolder() throws Exception {
        templates().forEach(JiraVelocity::engineOf);
        Document d = descriptor();
        Map<String, Engine> expected = Map.of("customfield-type", Engine.JIRA_VELOCITY, "workflow-function",
                Engine.JIRA_VELOCITY, "workflow-validator", Engine.JIRA_VELOCITY, "web-panel", Engine.TEMPLATE_RENDERER);
        int checked = 0;
        for (Map.Entry<String, Engine> e : expected.entrySet()) {
            for (Element resource : ownResources(d, e.getKey())) {
                assertThat(JiraVelocity.engineOf(resource.getAttribute("location"))).as(resource.getAttribute("location"))
                        .isEqualTo(e.getValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
        // the admin pages: adminPages() fails when the servlet gives TemplateRenderer a template of the other engine
        assertThat(contexts("templates/admin/admin-page.vm")).isNotEmpty();
    }

    private static void assertNothingRawNorTwice(String location, String out) {
        assertThat(out).as(location + ": nothing printed raw").doesNotContain("<script", "<img");
        assertThat(out).as(location + ": nothing escaped twice").doesNotContain("&amp;lt;", "&amp;quot;", "&amp;#39;");
    }

    private static String status(String out, String value) {
        if (out.contains(value)) {
            return "raw";
        }
        if (out.contains(JiraVelocity.escape(JiraVelocity.escape(value)))) {
            return "escaped twice";
        }
        return out.contains(JiraVelocity.escape(value)) ? "once" : "not printed";
    }

    /** Stands for $i18n: every text hostile and distinct, so each can be found in the page. */
    public static final class HostileI18n {
        final Map<String, String> given = new LinkedHashMap<>();

        public String getText(String key) {
            return given.computeIfAbsent(key, k -> HOSTILE + " @i18n " + k);
        }
    }

    /** The contexts the app builds for a template, from hostile text wherever it reads text. */
    private static List<Map<String, Object>> contexts(String location) {
        return CONTEXTS.computeIfAbsent(location, TemplateEscapingTest::build);
    }

    private static List<Map<String, Object>> build(String location) {
        try {
            if (location.startsWith("templates/admin/")) {
                return adminPages().stream().filter(c -> c.location.equals(location)).map(c -> c.context).toList();
            }
            if (location.equals("templates/panel/retention-panel.vm")) {
                return panels();
            }
            List<Map<String, Object>> fromDescriptor = fromDescriptor(location);
            assertThat(fromDescriptor).as("no known source of the context of " + location
                    + ": add how the app builds it to TemplateEscapingTest.build").isNotEmpty();
            return fromDescriptor;
        } catch (Exception e) {
            throw new IllegalStateException(location, e);
        }
    }

    /** What the panel's context provider adds: PanelContent, worded by hostile i18n, for each kind of ticket. */
    private static List<Map<String, Object>> panels() {
        PanelContent.Texts texts = (key, args) -> text(key, (Object[]) args);
        return List.of(PanelContent.of(PanelSamples.atRiskKey(), PanelSamples.atRiskKeyStored(), texts),
                PanelContent.of(PanelSamples.quietSmall(), PanelSamples.quietSmallStored(), texts),
                PanelContent.of(PanelSamples.atRiskKey(), PanelSamples.atRiskKeyStored(), true, texts), // CSAT unreadable
                PanelContent.of(null, new PanelContent.Stored(null, false, null, null, null), texts));
    }

    /** Custom field views get the type's velocity parameters plus Jira's {@code value}; workflow views their factory's. */
    private static List<Map<String, Object>> fromDescriptor(String location) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        Document d = descriptor();
        for (String module : List.of("customfield-type", "workflow-function", "workflow-validator")) {
            NodeList modules = d.getElementsByTagName(module);
            for (int i = 0; i < modules.getLength(); i++) {
                Element m = (Element) modules.item(i);
                for (Element resource : children(m, "resource")) {
                    if (!resource.getAttribute("location").equals(location)) {
                        continue;
                    }
                    Object instance = newWithMocks(Class.forName(m.getAttribute("class")));
                    Map<String, Object> context = new HashMap<>();
                    if (instance instanceof AbstractCustomFieldType<?, ?> type) {
                        context.putAll(type.getVelocityParameters(mock(Issue.class), null, null));
                        context.put("value", HOSTILE); // Jira's: the field's value, text at worst
                    } else {
                        context.putAll(((WorkflowPluginFactory) instance).getVelocityParams(resource.getAttribute("name"),
                                module.equals("workflow-validator") ? new ValidatorDescriptor() : new FunctionDescriptor()));
                    }
                    out.add(context);
                }
            }
        }
        return out;
    }

    private record Captured(String location, Map<String, Object> context) {
    }

    /** The admin and rates pages as the servlet builds them: every text, name, file and document hostile. */
    private static List<Captured> adminPages() throws Exception {
        Map<String, Object> settings = new HashMap<>();
        PluginSettingsFactory store = MapPluginSettings.over(settings);
        UserKey admin = new UserKey("JIRAUSER1");
        UserKey gone = new UserKey(HOSTILE); // a user Jira no longer knows is shown by key
        UserManager users = mock(UserManager.class);
        when(users.getRemoteUserKey(any())).thenReturn(admin);
        when(users.isAdmin(admin)).thenReturn(true);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn(HOSTILE);
        when(profile.getUsername()).thenReturn(HOSTILE);
        when(users.getUserProfile(admin)).thenReturn(profile);
        XsrfTokenValidator xsrf = mock(XsrfTokenValidator.class);
        when(xsrf.validateFormEncodedToken(any())).thenReturn(true);
        when(xsrf.getXsrfParameterName()).thenReturn(HOSTILE);
        XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
        when(tokens.getXsrfToken(any(), any(), eq(true))).thenReturn(HOSTILE);
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(anyString())).thenAnswer(a -> text(a.getArgument(0)));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(a -> {
            Object[] all = a.getArguments();
            return text((String) all[0], Arrays.copyOfRange(all, 1, all.length));
        });
        List<Captured> captured = new ArrayList<>();
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        doAnswer(a -> {
            String location = a.getArgument(0);
            assertThat(JiraVelocity.engineOf(location)).as("TemplateRenderer renders " + location)
                    .isEqualTo(Engine.TEMPLATE_RENDERER);
            Map<String, Object> context = new HashMap<>(a.<Map<String, Object>>getArgument(1));
            assertThat(context.remove("i18n")).isSameAs(i18n);
            captured.add(new Captured(location, context));
            return null;
        }).when(renderer).render(anyString(), any(), any());
        RatesReport rates = mock(RatesReport.class);
        when(rates.rows(any(), any())).thenReturn(List.of(new RateRow(YearMonth.of(2026, 6), "KEY", 3, 1, 1 / 3.0, 2 / 3.0, true),
                new RateRow(YearMonth.of(2026, 6), "ALL", 40, 2, 0.05, 0.95, false)));
        ValueImport values = mock(ValueImport.class);
        when(values.preview(any(), anyString())).thenReturn(new ValueImport.Result(true, List.of(HOSTILE), List.of(), 0,
                List.of(new ValueImport.TierChange(HOSTILE, Tier.SMALL, Tier.KEY)), List.of(),
                List.of(new io.retentiondesk.input.ValueNotice(2, "churn_type", "line 2 " + HOSTILE))));
        PolicyAudit audit = new PolicyAudit(store, mock(AuditService.class));
        audit.record(admin.getStringValue(), Policy.defaultJson(), Policy.defaultJson().replace("\"halfLifeDays\": 45", "\"halfLifeDays\": 30"));
        audit.record(gone.getStringValue(), Policy.defaultJson(), Policy.defaultJson());
        WorkProgress progress = JobsOnAClock.progress(store, Clock.systemUTC());
        // a run-as user whose names are hostile, so the run-as line and field carry them
        com.atlassian.jira.user.util.UserManager jiraUsers = mock(com.atlassian.jira.user.util.UserManager.class);
        com.atlassian.jira.user.ApplicationUser runAs = mock(com.atlassian.jira.user.ApplicationUser.class);
        when(runAs.getKey()).thenReturn("JIRAUSER50");
        when(runAs.getUsername()).thenReturn(HOSTILE);
        when(runAs.getDisplayName()).thenReturn(HOSTILE);
        when(runAs.isActive()).thenReturn(true);
        when(jiraUsers.getUserByKey("JIRAUSER50")).thenReturn(runAs);
        io.retentiondesk.jira.policy.RunAsUserStore runAsStore = new io.retentiondesk.jira.policy.RunAsUserStore(store);
        runAsStore.save("JIRAUSER50");
        io.retentiondesk.jira.adminpage.RunAsSection runAsSection = new io.retentiondesk.jira.adminpage.RunAsSection(
                runAsStore, jiraUsers, mock(com.atlassian.jira.security.PermissionManager.class),
                mock(io.retentiondesk.jira.ao.TicketLinks.class), mock(com.atlassian.jira.issue.IssueManager.class));
        // dead work whose stored text is hostile (a key and an error class Jira or an older release wrote)
        io.retentiondesk.jira.ao.FailedWorkQueue failures = new io.retentiondesk.jira.ao.FailedWorkQueue(
                io.retentiondesk.jira.ao.EntityManagerActiveObjects.migratedAll());
        for (int i = 0; i < io.retentiondesk.jira.work.WorkKind.MAX_ATTEMPTS; i++) {
            failures.enqueue(io.retentiondesk.jira.work.WorkKind.ASSESS_CHURN_RISK, null, HOSTILE, null,
                    new IllegalStateException(HOSTILE));
        }
        // a calibration waiting to be applied, so the section's tables carry text
        PolicyStore policyStore = new PolicyStore(store, new io.retentiondesk.jira.job.SharedLocks());
        io.retentiondesk.jira.policy.PendingCalibration pending = new io.retentiondesk.jira.policy.PendingCalibration(
                store, new io.retentiondesk.jira.job.SharedLocks(), policyStore, audit);
        pending.keep(io.retentiondesk.core.calibration.CalibrationSamples.handMade(), 0, Policy.defaultJson());
        io.retentiondesk.jira.adminpage.CalibrationSection calibrationSection =
                new io.retentiondesk.jira.adminpage.CalibrationSection(pending, policyStore);
        // a service project whose name and key are hostile, so the project boxes and the set-up's lines carry them
        io.retentiondesk.jira.customfield.JiraFields jiraFields = new io.retentiondesk.jira.customfield.JiraFields();
        jiraFields.project(10000L, HOSTILE, HOSTILE, io.retentiondesk.jira.setup.CheckedProjects.SERVICE_DESK, HOSTILE);
        io.retentiondesk.jira.adminpage.FieldSetupSection fieldSetup = new io.retentiondesk.jira.adminpage.FieldSetupSection(
                jiraFields.setup(), jiraFields.serviceProjects());
        // setup lines whose arguments are hostile (workflow, transition, project and user names), one without a fix link
        com.atlassian.sal.api.ApplicationProperties application = mock(com.atlassian.sal.api.ApplicationProperties.class);
        when(application.getBaseUrl(any())).thenReturn(HOSTILE);
        io.retentiondesk.jira.setup.SetupCheck check = new io.retentiondesk.jira.setup.SetupCheck(List.of(
                new io.retentiondesk.jira.setup.FixedPart(30,
                        new io.retentiondesk.jira.setup.SetupLine(HOSTILE, io.retentiondesk.jira.setup.SetupState.MISSING,
                                HOSTILE, List.of(HOSTILE, HOSTILE), "/" + HOSTILE),
                        new io.retentiondesk.jira.setup.SetupLine(HOSTILE, io.retentiondesk.jira.setup.SetupState.OK,
                                HOSTILE, List.of(HOSTILE), null))));
        AdminPageServlet servlet = new AdminPageServlet(users, mock(LoginUriProvider.class), mock(WebSudoManager.class), xsrf,
                tokens, renderer, i18n, new PolicyStore(store, new io.retentiondesk.jira.job.SharedLocks()), audit, rates, values,
                JobsOnAClock.job(mock(SchedulerService.class), mock(NightlyWork.class), progress, Clock.systemUTC()), progress,
                runAsSection, failures, new io.retentiondesk.jira.adminpage.SetupSection(check, application, renderer),
                fieldSetup, calibrationSection);

        progress.started(NightlyWork.Task.RETIER).finished(new NightlyWork.Summary(1, 2, 3, 4, 5, 6, 7, true));
        servlet.service(request("GET", Map.of()), response());
        servlet.service(request("GET", Map.of("view", "rates")), response());
        progress.started(NightlyWork.Task.CALIBRATE).at(3, 10); // the calibration section shows its run too
        servlet.service(request("GET", Map.of()), response());
        progress.started(NightlyWork.Task.REASSESS).at(3, 10);
        servlet.service(request("POST", Map.of("action", "values-preview", "valuesCsv", "csv")), response());
        servlet.service(request("POST", Map.of("action", "json", "policyJson",
                "{\"version\": " + new JsonPrimitive(HOSTILE) + ", " + HOSTILE + "}")), response());
        servlet.service(request("POST", Map.of("action", "json", "policyJson", "{\"version\": " + new JsonPrimitive(HOSTILE) + "}")), response());
        servlet.service(request("POST", Map.of("action", "form", "p:tiering.method", HOSTILE)), response());
        servlet.service(request("POST", Map.of("action", "runas", "runAsUser", HOSTILE)), response()); // unknown: refused
        servlet.service(request("POST", Map.of("action", "fields-setup", "fieldProject", "10000")), response());
        // a fitted policy validation rejects (a point beyond 100), so Apply lists its problems
        pending.keep(unacceptable(io.retentiondesk.core.calibration.CalibrationSamples.handMade()), 0, Policy.defaultJson());
        servlet.service(request("POST", Map.of("action", "calibration-apply", "calibrationId",
                pending.current().orElseThrow().id())), response());
        // a refused calibration lists what the history lacks
        pending.keepRefusal(List.of(new io.retentiondesk.core.calibration.CalibrationRefused.Shortfall(
                io.retentiondesk.core.calibration.CalibrationRefused.Missing.CHURNERS, 8, 20)),
                java.time.Instant.now(), 0, Policy.defaultJson());
        servlet.service(request("GET", Map.of()), response());
        assertThat(captured.stream().map(Captured::location).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("templates/admin/admin-page.vm", "templates/admin/rates-page.vm",
                        "templates/admin/setup-section.vm");
        return captured;
    }

    /** The result with one fitted point beyond what a policy accepts. */
    private static io.retentiondesk.core.calibration.CalibrationResult unacceptable(
            io.retentiondesk.core.calibration.CalibrationResult r) {
        List<io.retentiondesk.core.calibration.CalibrationResult.SignalFit> signals = new ArrayList<>(r.signals());
        io.retentiondesk.core.calibration.CalibrationResult.SignalFit first = signals.get(0);
        signals.set(0, new io.retentiondesk.core.calibration.CalibrationResult.SignalFit(first.signal(),
                first.defaultPoints(), 400, 400, first.lower(), first.upper(), first.occurrences(), first.churners()));
        return new io.retentiondesk.core.calibration.CalibrationResult(r.asOf(), r.firstMonth(), r.months(),
                r.customerMonths(), r.churners(), r.halfLifeDays(), r.defaultHalfLifeDays(), r.priorSdPoints(),
                r.halfLives(), signals, r.holdOut(), r.recommendation());
    }

    private static HttpServletRequest request(String method, Map<String, String> parameters) {
        HttpServletRequest req = mock(HttpServletRequest.class);
        when(req.getMethod()).thenReturn(method);
        when(req.getRequestURI()).thenReturn("/plugins/servlet/retention-desk/admin");
        when(req.getParameter(anyString())).thenAnswer(a -> parameters.get(a.<String>getArgument(0)));
        when(req.getParameterValues(anyString())).thenAnswer(a -> parameters.containsKey(a.<String>getArgument(0))
                ? new String[] {parameters.get(a.<String>getArgument(0))} : null);
        Map<String, String[]> map = new HashMap<>();
        parameters.forEach((k, v) -> map.put(k, new String[] {v}));
        when(req.getParameterMap()).thenReturn(map);
        return req;
    }

    private static HttpServletResponse response() throws Exception {
        HttpServletResponse resp = mock(HttpServletResponse.class);
        when(resp.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        return resp;
    }

    /** Jira's i18n, hostile: the text says which key it is for, then its arguments. */
    private static String text(String key, Object... args) {
        return HOSTILE + " @" + key + (args.length == 0 ? "" : " " + Arrays.stream(args).map(String::valueOf)
                .collect(Collectors.joining(" ")));
    }

    /** One context with, under each key, the value the richest context has (a filled list over an empty one). */
    private static Map<String, Object> merge(List<Map<String, Object>> contexts) {
        Map<String, Object> merged = new HashMap<>();
        for (Map<String, Object> c : contexts) {
            c.forEach((k, v) -> merged.merge(k, v, (a, b) -> empty(a) && !empty(b) ? b : a));
        }
        return merged;
    }

    private static boolean empty(Object v) {
        return v == null || v instanceof List<?> l && l.isEmpty() || v instanceof String s && s.isEmpty();
    }

    /**
     * The value with every piece of text in it replaced by HOSTILE and its path: strings, list elements, record
     * components. Flags, numbers and enums stay (they cannot carry markup); any other type fails, to be taught here.
     */
    private static Object hostile(Object value, Type type, String path, Map<String, String> leaves) throws Exception {
        if (value instanceof String || value == null && type == String.class) {
            String h = HOSTILE + " @" + path;
            leaves.put(path, h);
            return h;
        }
        if (value == null || value instanceof Boolean || value instanceof Number || value instanceof Enum<?>) {
            return value;
        }
        if (value instanceof List<?> list) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            assertThat(!list.isEmpty() || element == String.class).as(path + " is an empty list in every context the app "
                    + "builds here: give one a value so its elements are checked").isTrue();
            return List.of(hostile(list.isEmpty() ? null : list.get(0), element, path + "[0]", leaves));
        }
        if (value instanceof Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = hostile(components[i].getAccessor().invoke(r), components[i].getGenericType(),
                        path + "." + components[i].getName(), leaves);
            }
            Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        }
        throw new AssertionError("no hostile stand-in for " + path + " (" + value.getClass().getName()
                + "): teach TemplateEscapingTest.hostile to fill it with text");
    }

    /** Every string in a context value: itself, list elements, record components. */
    private static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> out.addAll(texts(v)));
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    out.addAll(texts(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private static Object newWithMocks(Class<?> type) throws Exception {
        Constructor<?> c = Arrays.stream(type.getConstructors()).max((a, b) -> a.getParameterCount() - b.getParameterCount())
                .orElseThrow();
        return c.newInstance(Arrays.stream(c.getParameterTypes()).map(p -> (Object) mock(p)).toArray());
    }

    /** The velocity resources of a module kind that are the app's own (not Jira's searcher templates). */
    private static List<Element> ownResources(Document d, String module) {
        List<Element> out = new ArrayList<>();
        NodeList modules = d.getElementsByTagName(module);
        for (int i = 0; i < modules.getLength(); i++) {
            for (Element r : children((Element) modules.item(i), "resource")) {
                if (r.getAttribute("type").equals("velocity") && !r.getAttribute("location").startsWith("templates/plugins/")) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = io.retentiondesk.testing.AppDescriptor.open()) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }
}
