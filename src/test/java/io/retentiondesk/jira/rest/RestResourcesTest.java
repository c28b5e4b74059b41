package io.retentiondesk.jira.rest;

import com.atlassian.audit.api.AuditService;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyAudit;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

/** The REST resources with mocked host services over the real AO ORM: status codes, messages, permissions. */
class RestResourcesTest {
    private static final UserKey ADMIN = new UserKey("JIRAUSER1");
    private static final UserKey AGENT = new UserKey("JIRAUSER2");

    private final UserManager users = mock(UserManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser agentUser = mock(ApplicationUser.class);
    private final Map<String, Object> settings = new HashMap<>();
    private final AuditService auditLog = mock(AuditService.class);
    private EntityManagerActiveObjects ao;
    private CustomerRegistry customers;
    private io.retentiondesk.jira.ao.TicketLinks links;
    private PolicyStore policies;
    private PolicyResource policy;
    private PolicyAudit policyAudit;
    private CustomerResource customer;
    private io.retentiondesk.jira.service.ChurnAssessment churn;
    private io.retentiondesk.jira.ao.TicketRecords recordsForProfile;
    private ValueResource values;
    private WorkResource work;
    private CalibrationResource calibration;
    private io.retentiondesk.jira.policy.PendingCalibration pendingCalibration;
    private final com.atlassian.scheduler.SchedulerService scheduler = mock(com.atlassian.scheduler.SchedulerService.class);

    @BeforeEach
    void wire() throws Exception {
        ao = EntityManagerActiveObjects.migratedAll();
        customers = new CustomerRegistry(ao);
        links = new io.retentiondesk.jira.ao.TicketLinks(ao);
        PluginSettingsFactory f = MapPluginSettings.over(settings);
        policies = new PolicyStore(f, new io.retentiondesk.jira.job.SharedLocks());
        RestAccess access = new RestAccess(users);
        policyAudit = new PolicyAudit(f, auditLog);
        policy = new PolicyResource(access, policies, policyAudit);
        // the profile's risk comes from the stored records alone: a real assessment over the same storage
        io.retentiondesk.jira.ao.TicketRecords records = new io.retentiondesk.jira.ao.TicketRecords(ao);
        churn = new io.retentiondesk.jira.service.ChurnAssessment(mock(io.retentiondesk.jira.service.TicketRecorder.class),
                records, customers, policies, mock(io.retentiondesk.jira.customfield.RetentionFieldWriter.class));
        recordsForProfile = records;
        customer = new CustomerResource(access, customers, links, issues, permissions, authentication, churn);
        values = new ValueResource(access, new io.retentiondesk.jira.service.ValueImport(customers, policies));
        io.retentiondesk.jira.job.WorkProgress progress = new io.retentiondesk.jira.job.WorkProgress(f);
        work = new WorkResource(access, new io.retentiondesk.jira.job.NightlyJob(scheduler,
                mock(io.retentiondesk.jira.job.NightlyWork.class), progress,
                io.retentiondesk.jira.bridge.RunAsUsers.none(authentication),
                mock(io.retentiondesk.jira.job.HistoryCalibration.class)), progress,
                new io.retentiondesk.jira.ao.FailedWorkQueue(ao));
        pendingCalibration = new io.retentiondesk.jira.policy.PendingCalibration(f,
                new io.retentiondesk.jira.job.SharedLocks(), policies, policyAudit);
        calibration = new CalibrationResource(access, new io.retentiondesk.jira.job.NightlyJob(scheduler,
                mock(io.retentiondesk.jira.job.NightlyWork.class), progress,
                io.retentiondesk.jira.bridge.RunAsUsers.none(authentication),
                mock(io.retentiondesk.jira.job.HistoryCalibration.class)), progress, pendingCalibration);
        when(users.isAdmin(ADMIN)).thenReturn(true);
        when(authentication.getLoggedInUser()).thenReturn(agentUser);
    }

    private Map<String, Supplier<Response>> adminMethods() {
        return Map.of(
                "GET policy", () -> policy.get(),
                "PUT policy", () -> policy.put(Policy.defaultJson()),
                "POST churned", () -> customer.churned("Acme", "{\"churnType\":\"OTHER\"}"),
                "POST unworthy", () -> customer.unworthy("Acme", "{\"unworthy\":true}"),
                "POST values", () -> values.importCsv(false, "customer,annual_value,potential\nAcme,100,50\n"),
                "GET work", () -> work.get(),
                "POST work", () -> work.start("{\"task\":\"RETIER\"}"),
                "GET calibration", () -> calibration.get(),
                "POST calibration", () -> calibration.start());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET policy", "PUT policy", "POST churned", "POST unworthy", "POST values", "GET work",
            "POST work", "GET calibration", "POST calibration"})
    void everyAdminResourceRefusesAnonymous401AndNonAdmins403AndChangesNothing(String method) {
        when(users.getRemoteUserKey()).thenReturn(null);
        assertThat(adminMethods().get(method).get().getStatus()).isEqualTo(401);
        when(users.getRemoteUserKey()).thenReturn(AGENT);
        Response r = adminMethods().get(method).get();
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(json(r).get("message").getAsString()).isEqualTo("Jira administrators only");
        assertThat(policies.version()).isZero();
        assertThat(customers.values()).isEmpty();
        assertThat(customers.profileOf(CustomerKey.of("Acme")).churnedAt()).isNull();
        assertThat(mockingDetails(scheduler).getInvocations()).as("nothing scheduled").isEmpty();
        assertThat(settings).as("no run queued, no calibration kept").doesNotContainKeys(
                "io.retentiondesk.retention-desk:work.progress", "io.retentiondesk.retention-desk:calibration.pending");
    }

    @Test
    void calibrationStartsOneRunAt202AndGetShowsTheRunAndTheCalibrationWaitingInCalibrationJsonsShape() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        JsonObject none = json(calibration.get());
        assertThat(none.get("run").isJsonNull()).isTrue();
        assertThat(none.get("pending").isJsonNull()).isTrue();
        Response started = calibration.start();
        assertThat(started.getStatus()).isEqualTo(202);
        assertThat(json(started).get("task").getAsString()).isEqualTo("CALIBRATE");
        assertThat(json(started).get("state").getAsString()).isEqualTo("QUEUED");
        Response again = calibration.start();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json(again).get("message").getAsString()).contains("already queued or running");
        assertThat(work.start("{\"task\": \"RETIER\"}").getStatus()).as("one background run at a time").isEqualTo(409);
        assertThat(work.start("{\"task\": \"CALIBRATE\"}").getStatus()).as("calibration starts here only").isEqualTo(400);
        org.mockito.Mockito.verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());

        io.retentiondesk.core.calibration.CalibrationResult r = io.retentiondesk.core.calibration.CalibrationSamples.handMade();
        io.retentiondesk.jira.policy.PendingCalibration.Pending kept = pendingCalibration.keep(r, 0, Policy.defaultJson());
        JsonObject body = json(calibration.get());
        assertThat(body.getAsJsonObject("run").get("task").getAsString()).isEqualTo("CALIBRATE");
        JsonObject pending = body.getAsJsonObject("pending");
        assertThat(pending.get("id").getAsString()).isEqualTo(kept.id());
        assertThat(pending.get("state").getAsString()).isEqualTo("FITTED");
        assertThat(pending.get("policyVersion").getAsLong()).isZero();
        assertThat(pending.get("onCurrentPolicy").getAsBoolean()).isTrue();
        assertThat(pending.getAsJsonObject("result")).isEqualTo(io.retentiondesk.core.calibration.CalibrationJson.toJson(r));
        assertThat(pending.getAsJsonObject("result").getAsJsonObject("holdOut").get("aucDefault").isJsonNull())
                .as("null kept, as in calibration.json").isTrue();
        policy.put(Policy.defaultJson().replace("\"halfLifeDays\": 45", "\"halfLifeDays\": 30"));
        assertThat(json(calibration.get()).getAsJsonObject("pending").get("onCurrentPolicy").getAsBoolean()).isFalse();

        pendingCalibration.keepRefusal(List.of(new io.retentiondesk.core.calibration.CalibrationRefused.Shortfall(
                io.retentiondesk.core.calibration.CalibrationRefused.Missing.MONTHS, 4, 6)), Instant.now(), 1,
                policies.currentJson());
        JsonObject refused = json(calibration.get()).getAsJsonObject("pending");
        assertThat(refused.get("state").getAsString()).isEqualTo("REFUSED");
        assertThat(refused.has("result")).isFalse();
        assertThat(refused.getAsJsonArray("missing").get(0).getAsJsonObject().get("missing").getAsString())
                .isEqualTo("MONTHS");
    }

    @Test
    void workStartsOneRunAt202RefusesASecondWith409AndABadTaskWith400() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        assertThat(json(work.get()).get("state").getAsString()).isEqualTo("NONE");
        for (String bad : new String[]{"", "{\"task\": \"NIGHTLY\"}", "{\"task\": \"retier!\"}", "[1]", "{\"task\": "}) {
            Response r = work.start(bad);
            assertThat(r.getStatus()).as(bad).isEqualTo(400);
            assertThat(json(r).get("message").getAsString()).contains("{\"task\": \"RETIER\"}");
        }
        Response started = work.start("{\"task\": \"REASSESS\"}");
        assertThat(started.getStatus()).isEqualTo(202);
        assertThat(json(started).get("state").getAsString()).isEqualTo("QUEUED");
        assertThat(json(started).get("task").getAsString()).isEqualTo("REASSESS");
        Response again = work.start("{\"task\": \"RETIER\"}");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json(again).get("message").getAsString()).contains("already queued or running");
        org.mockito.Mockito.verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
        assertThat(json(work.get()).get("percent").getAsInt()).isZero();
    }

    @Test
    void aProfileIsShownOnlyToSomeoneWhoCanBrowseOneOfItsTickets() {
        when(users.getRemoteUserKey()).thenReturn(AGENT);
        customers.saveValue(new io.retentiondesk.core.tier.CustomerValue(CustomerKey.of("Acme"), java.math.BigDecimal.TEN, 70));
        links.linkTickets(CustomerKey.of("Acme"), List.of(11L, 12L));
        MutableIssue i11 = mock(MutableIssue.class);
        MutableIssue i12 = mock(MutableIssue.class);
        when(issues.getIssueObject(11L)).thenReturn(i11);
        when(issues.getIssueObject(12L)).thenReturn(i12);
        Response hidden = customer.profile("Acme");
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(hidden.getEntity().toString()).doesNotContain("70").contains("tickets you can browse");

        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(i12), eq(agentUser))).thenReturn(true);
        Response shown = customer.profile("acme");
        assertThat(shown.getStatus()).isEqualTo(200);
        JsonObject body = json(shown);
        assertThat(body.get("customer").getAsString()).isEqualTo("acme");
        assertThat(body.get("tier").getAsString()).isEqualTo("UNRATED");
        assertThat(body.get("potential").getAsInt()).isEqualTo(70);
        assertThat(body.has("churnedAt")).as("not churned: left out").isFalse();
        assertThat(body.get("unworthy").getAsBoolean()).isFalse();
        assertThat(body.get("ticketsYouCanBrowse").getAsInt()).isEqualTo(1);
        assertThat(body.get("riskBand").getAsString()).isEqualTo("LOW"); // no records yet: nothing raises it
        // a recorded ticket that spoke of leaving raises the risk; the reason is named by signal, not by ticket
        recordsForProfile.save(12L, policies.assessment().evaluate(new io.retentiondesk.core.ticket.TicketBuilder("SUP-12",
                        Instant.now().minusSeconds(86_400)).reporter(io.retentiondesk.core.ticket.Person.named("ann"))
                        .organization("Acme").summary("We will cancel the contract").build(), CustomerKey.of("Acme"),
                java.util.Set.of("ann"), io.retentiondesk.core.tier.Tier.UNRATED, CallbackHistory.of(List.of()), Instant.now()).record(),
                policies.version(), Instant.now());
        JsonObject risky = json(customer.profile("acme"));
        assertThat(risky.get("riskScore").getAsInt()).isPositive();
        assertThat(risky.getAsJsonArray("riskReasons")).extracting(com.google.gson.JsonElement::getAsString)
                .containsExactly("CHURN_INTENT");
        assertThat(risky.toString()).doesNotContain("SUP-12");
        customers.markChurned(CustomerKey.of("Acme"), Instant.parse("2026-11-01T00:00:00Z"), "OTHER");
        assertThat(json(customer.profile("acme")).get("churnedAt").getAsString()).isEqualTo("2026-11-01T00:00:00Z");

        when(users.getRemoteUserKey()).thenReturn(null);
        assertThat(customer.profile("Acme").getStatus()).isEqualTo(401);
    }

    @Test
    void anUnknownCustomerIs404() {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        Response r = customer.profile("Nobody Ltd");
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(json(r).get("field").getAsString()).isEqualTo("key");
    }

    @Test
    void badJsonIs400WithWhereItBrokeAndThePolicyStays() {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        Response r = policy.put("{\"version\": 1, \"tiering\": ");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).getAsJsonArray("problems").get(0).getAsJsonObject().get("field").getAsString()).isEqualTo("(document)");
        assertThat(policies.version()).isZero();
        Response churn = customer.churned("Acme", "{not json");
        assertThat(churn.getStatus()).isEqualTo(400);
        assertThat(json(churn).get("field").getAsString()).isEqualTo("(body)");
    }

    @Test
    void aBadPolicyNamesEveryProblemAndAGoodOneIsStored() {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.getAsJsonObject("risk").addProperty("halfLifeDays", -5);
        doc.getAsJsonObject("tiering").addProperty("highPotentialAt", 500);
        Response bad = policy.put(doc.toString());
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getEntity().toString()).contains("risk.halfLifeDays", "tiering.highPotentialAt");
        JsonObject rejected = json(bad);
        assertThat(rejected.get("status").getAsInt()).isEqualTo(400);
        assertThat(rejected.get("message").getAsString()).isEqualTo("policy rejected; the previous one is still in use");
        JsonObject halfLife = rejected.getAsJsonArray("problems").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("field").getAsString().equals("risk.halfLifeDays")).findFirst().orElseThrow();
        assertThat(halfLife.get("got").getAsString()).isEqualTo("-5");
        assertThat(halfLife.get("expected").getAsString()).isNotBlank();
        assertThat(policies.version()).isZero();
        doc.getAsJsonObject("risk").addProperty("halfLifeDays", 30);
        doc.getAsJsonObject("tiering").addProperty("highPotentialAt", 70);
        Response good = policy.put(doc.toString());
        assertThat(good.getStatus()).isEqualTo(200);
        assertThat(json(good).get("version").getAsInt()).isEqualTo(1);
        assertThat(json(good).getAsJsonObject("policy").getAsJsonObject("risk").get("halfLifeDays").getAsInt()).isEqualTo(30);
        assertThat(json(policy.get()).getAsJsonObject("policy")).isEqualTo(json(good).getAsJsonObject("policy"));
        assertThat(policyAudit.history()).extracting(PolicyAudit.Entry::who).containsExactly(ADMIN.getStringValue());
        org.mockito.Mockito.verify(auditLog).audit(org.mockito.ArgumentMatchers.argThat(e ->
                e.toString().contains("risk.halfLifeDays: 45 -> 30") && e.toString().contains("tiering.highPotentialAt: 60 -> 70")));
        Response tooLarge = policy.put("x".repeat(PolicyResource.MAX_BYTES + 1));
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(json(tooLarge).get("status").getAsInt()).isEqualTo(413);
        assertThat(policy.put("x".repeat(PolicyResource.MAX_BYTES)).getStatus()).as("at the bound: read, then rejected")
                .isEqualTo(400);
        Response blank = policy.put("  ");
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(json(blank).get("message").getAsString()).endsWith("got nothing");
    }

    @Test
    void aFileWithABadLineIsRefusedWholeWith400NamingEachLineAndAnOversizedUploadIs413() {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        Response mixed = values.importCsv(false, "customer,annual_value,potential\nBeta,900,80\nAcme,-100,50\n"
                + "Gamma,1,1\n" + "x".repeat(300) + ",1,1\n");
        assertThat(mixed.getStatus()).isEqualTo(400);
        JsonObject body = json(mixed);
        assertThat(body.getAsJsonArray("problems")).hasSize(2);
        JsonObject first = body.getAsJsonArray("problems").get(0).getAsJsonObject();
        assertThat(first.get("line").getAsInt()).isEqualTo(3);
        assertThat(first.get("field").getAsString()).isEqualTo("annual_value");
        assertThat(first.get("message").getAsString()).contains("-100", "0 or more");
        JsonObject second = body.getAsJsonArray("problems").get(1).getAsJsonObject();
        assertThat(second.get("line").getAsInt()).isEqualTo(5);
        assertThat(second.get("field").getAsString()).isEqualTo("customer");
        assertThat(second.get("message").getAsString()).contains("at most 255 characters");
        assertThat(customers.values()).isEmpty();

        String huge = "customer,annual_value,potential\n" + "Acme,1,1\n".repeat(ValueResource.MAX_BYTES / 9 + 1);
        assertThat(values.importCsv(false, huge).getStatus()).isEqualTo(413);
    }

    @Test
    void valuesCanComeAsJsonWithTheSameChecks() {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        Response refused = values.importJson(false, "[{\"customer\":\"Acme\",\"annual_value\":1200,\"potential\":70},"
                + "{\"customer\":\"Beta\",\"annual_value\":-3,\"potential\":10}]");
        assertThat(refused.getStatus()).isEqualTo(400);
        JsonObject problem = json(refused).getAsJsonArray("problems").get(0).getAsJsonObject();
        assertThat(problem.get("line").getAsInt()).isEqualTo(3); // the second object, numbered as its CSV line
        assertThat(problem.get("message").getAsString()).contains("-3");
        assertThat(customers.values()).isEmpty();
        Response ok = values.importJson(false, "[{\"customer\":\"Acme\",\"annual_value\":1200,\"potential\":70,"
                + "\"churned_at\":\"2026-03-01T00:00:00Z\",\"churn_type\":\"bored\",\"unworthy\":true}]");
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(json(ok).getAsJsonArray("created").get(0).getAsString()).isEqualTo("Acme");
        assertThat(json(ok).getAsJsonArray("notices").get(0).getAsJsonObject().get("line").getAsInt()).isEqualTo(2);
        Response bad = values.importJson(false, "[{\"customer\": ");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad).getAsJsonArray("problems").get(0).getAsJsonObject().get("message").getAsString())
                .startsWith("not valid JSON");
        assertThat(values.importJson(false, "{\"customer\":\"Acme\"}").getStatus()).isEqualTo(400);
        when(users.getRemoteUserKey()).thenReturn(AGENT);
        assertThat(values.importJson(false, "[]").getStatus()).isEqualTo(403);
    }

    @Test
    void aPreviewShowsTheTierChangesAndWritesNothing() {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        StringBuilder csv = new StringBuilder("customer,annual_value,potential\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("C").append(i).append(',').append(i * 100).append(",50\n");
        }
        Response preview = values.importCsv(true, csv.toString());
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(json(preview).getAsJsonArray("tierChanges")).hasSize(20);
        assertThat(json(preview).get("preview").getAsBoolean()).isTrue();
        JsonObject c20 = json(preview).getAsJsonArray("tierChanges").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("customer").getAsString().equalsIgnoreCase("c20")).findFirst().orElseThrow();
        assertThat(c20.get("from").getAsString()).isEqualTo("UNRATED");
        assertThat(c20.get("to").getAsString()).isEqualTo("KEY");
        assertThat(customers.values()).isEmpty();
        values.importCsv(false, csv.toString());
        assertThat(customers.values()).hasSize(20);
        assertThat(customers.tierOf(CustomerKey.of("C20"))).isEqualTo(Tier.KEY);
        assertThat(json(values.importCsv(true, csv.toString())).getAsJsonArray("tierChanges")).isEmpty();
    }

    @Test
    void markingChurnedValidatesTheChurnTypeAndDate() {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        Response wrongType = customer.churned("Acme", "{\"churnType\":\"BORED\"}");
        assertThat(wrongType.getStatus()).isEqualTo(400);
        assertThat(json(wrongType).get("message").getAsString()).contains("POACHED_BY_COMPETITOR", "BORED");
        assertThat(customer.churned("Acme", "{\"churnType\":\"OTHER\",\"at\":\"yesterday\"}").getStatus()).isEqualTo(400);
        assertThat(customer.churned("Acme", "{\"churnType\":\"POACHED_BY_COMPETITOR\",\"at\":\"2026-11-01T00:00:00Z\"}")
                .getStatus()).isEqualTo(200);
        assertThat(customers.profileOf(CustomerKey.of("acme")).churnedAt()).hasToString("2026-11-01T00:00:00Z");
        assertThat(customer.unworthy("Acme", "{\"unworthy\":\"yes\"}").getStatus()).isEqualTo(400);
        assertThat(json(customer.unworthy("Acme", "[true]")).get("field").getAsString()).isEqualTo("(body)");
        assertThat(customer.unworthy("Acme", "{\"unworthy\":true}").getStatus()).isEqualTo(200);
        assertThat(customers.profileOf(CustomerKey.of("acme")).unworthy()).isTrue();
    }

    @Test
    void ratesNeedALoginAndTwoMonthsInOrder() {
        RatesResource rates = new RatesResource(new RestAccess(users),
                new io.retentiondesk.jira.service.RatesReport(customers, links, new io.retentiondesk.jira.ao.TierSnapshots(ao), policies,
                        new io.retentiondesk.jira.ao.MonthlyRates(ao)));
        when(users.getRemoteUserKey()).thenReturn(null);
        assertThat(rates.get("2026-01", "2026-02").getStatus()).isEqualTo(401);
        when(users.getRemoteUserKey()).thenReturn(AGENT);
        assertThat(json(rates.get("2026-13", "2026-02")).get("field").getAsString()).isEqualTo("from");
        assertThat(json(rates.get(null, "2026-02")).get("field").getAsString()).isEqualTo("from");
        assertThat(json(rates.get("2026-01", "soon")).get("field").getAsString()).isEqualTo("to");
        assertThat(rates.get("2026-05", "2026-02").getStatus()).isEqualTo(400);
        assertThat(rates.get("2020-01", "2026-02").getStatus()).isEqualTo(400);
        Response ok = rates.get("2026-01", "2026-02");
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(json(ok).getAsJsonArray("rates")).hasSize(2 * 6); // five tiers and ALL, two months
        JsonObject row = json(ok).getAsJsonArray("rates").get(0).getAsJsonObject();
        // rates of a month without customers are null, which the JSON leaves out
        assertThat(row.keySet()).contains("month", "tier", "base", "churned", "lowConfidence");
        assertThat(row.get("month").getAsString()).isEqualTo("2026-01");
    }

    @Test
    void theRiskQueueListsOnlyCustomersWhoseTicketsTheCallerCanBrowseMostAtRiskFirst() {
        RiskQueueResource queue = new RiskQueueResource(new RestAccess(users), customers, links, issues, permissions, authentication);
        customers.saveRisk(CustomerKey.of("Acme"), new io.retentiondesk.core.churn.RiskAssessment(60,
                io.retentiondesk.core.churn.RiskBand.HIGH, List.of(), 45));
        customers.saveRisk(CustomerKey.of("Beta"), new io.retentiondesk.core.churn.RiskAssessment(80,
                io.retentiondesk.core.churn.RiskBand.CRITICAL, List.of(), 90));
        customers.saveRisk(CustomerKey.of("Hidden"), new io.retentiondesk.core.churn.RiskAssessment(90,
                io.retentiondesk.core.churn.RiskBand.CRITICAL, List.of(), 99));
        customers.saveRisk(CustomerKey.of("Calm"), new io.retentiondesk.core.churn.RiskAssessment(5,
                io.retentiondesk.core.churn.RiskBand.LOW, List.of(), 1));
        links.linkTickets(CustomerKey.of("Acme"), List.of(1L));
        links.linkTickets(CustomerKey.of("Beta"), List.of(2L));
        links.linkTickets(CustomerKey.of("Hidden"), List.of(3L));
        links.linkTickets(CustomerKey.of("Calm"), List.of(4L));
        for (long id = 1; id <= 4; id++) {
            MutableIssue issue = mock(MutableIssue.class);
            when(issues.getIssueObject(id)).thenReturn(issue);
            when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agentUser)).thenReturn(id != 3);
        }
        when(users.getRemoteUserKey()).thenReturn(AGENT);
        JsonObject body = json(queue.get("high", null));
        assertThat(body.getAsJsonArray("customers")).extracting(e -> e.getAsJsonObject().get("customer").getAsString())
                .containsExactly("beta", "acme");
        assertThat(body.get("complete").getAsBoolean()).isTrue();
        assertThat(queue.get("SOMETIMES", 10).getStatus()).isEqualTo(400);
        assertThat(queue.get("HIGH", 0).getStatus()).isEqualTo(400);
        when(users.getRemoteUserKey()).thenReturn(null);
        assertThat(queue.get("HIGH", 10).getStatus()).isEqualTo(401);
    }

    /** A user who can browse none of many at-risk customers' tickets costs a bounded number of checks, and is told. */
    @Test
    void theRiskQueueChecksABoundedNumberOfTicketsPerRequestAndSaysWhenItStoppedShort() {
        RiskQueueResource queue = new RiskQueueResource(new RestAccess(users), customers, links, issues, permissions, authentication);
        int many = RiskQueueResource.MAX_LIMIT;
        for (int c = 0; c < many; c++) {
            CustomerKey customer = CustomerKey.of("Customer " + c);
            customers.saveRisk(customer, new io.retentiondesk.core.churn.RiskAssessment(70,
                    io.retentiondesk.core.churn.RiskBand.HIGH, List.of(), 50));
            List<Long> ids = new java.util.ArrayList<>();
            for (int t = 0; t < RiskQueueResource.TICKETS_PER_CUSTOMER + 5; t++) {
                ids.add(100_000L * c + t);
            }
            links.linkTickets(customer, ids);
        }
        when(issues.getIssueObject(org.mockito.ArgumentMatchers.anyLong())).thenReturn(mock(MutableIssue.class));
        when(users.getRemoteUserKey()).thenReturn(AGENT);
        JsonObject body = json(queue.get("high", RiskQueueResource.MAX_LIMIT));
        assertThat(body.getAsJsonArray("customers")).isEmpty();
        assertThat(body.get("complete").getAsBoolean()).isFalse();
        org.mockito.Mockito.verify(issues, org.mockito.Mockito.times(RiskQueueResource.CHECKS_PER_REQUEST))
                .getIssueObject(org.mockito.ArgumentMatchers.anyLong());
    }

    /** SPEC: a customer is judged by its newest 20 tickets; one the caller can browse further back does not list it. */
    @Test
    void theRiskQueueJudgesACustomerByItsNewestTwentyTicketsOnly() {
        RiskQueueResource queue = new RiskQueueResource(new RestAccess(users), customers, links, issues, permissions, authentication);
        int perCustomer = RiskQueueResource.TICKETS_PER_CUSTOMER;
        // Newest: browsable only at its 20th newest ticket; Older: only at its 21st newest
        for (String name : List.of("Newest", "Older")) {
            customers.saveRisk(CustomerKey.of(name), new io.retentiondesk.core.churn.RiskAssessment(70,
                    io.retentiondesk.core.churn.RiskBand.HIGH, List.of(), 50));
        }
        long newestBase = 1_000, olderBase = 2_000;
        List<Long> newestIds = new java.util.ArrayList<>();
        List<Long> olderIds = new java.util.ArrayList<>();
        for (int t = 0; t <= perCustomer; t++) {
            newestIds.add(newestBase + t);
            olderIds.add(olderBase + t);
        }
        links.linkTickets(CustomerKey.of("Newest"), newestIds);
        links.linkTickets(CustomerKey.of("Older"), olderIds);
        MutableIssue visible = mock(MutableIssue.class);
        when(issues.getIssueObject(org.mockito.ArgumentMatchers.anyLong())).thenReturn(mock(MutableIssue.class));
        when(issues.getIssueObject(newestBase + 1)).thenReturn(visible); // the 20th newest of 21 (ids descending)
        when(issues.getIssueObject(olderBase)).thenReturn(visible);      // the 21st newest
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, visible, agentUser)).thenReturn(true);
        when(users.getRemoteUserKey()).thenReturn(AGENT);

        JsonObject body = json(queue.get("HIGH", 10));

        assertThat(body.getAsJsonArray("customers")).extracting(e -> e.getAsJsonObject().get("customer").getAsString())
                .containsExactly("newest");
        assertThat(body.get("complete").getAsBoolean()).as("42 checks, far below the request's bound").isTrue();
        org.mockito.Mockito.verify(issues, org.mockito.Mockito.times(2 * perCustomer))
                .getIssueObject(org.mockito.ArgumentMatchers.anyLong());
    }

    /** The limit cuts the list, not the check: a full page is complete; a queue stopped at 2,000 checks is not. */
    @Test
    void theRiskQueueStopsAtItsLimitAndAnswersEachRowWithTierScoreAndBand() {
        RiskQueueResource queue = new RiskQueueResource(new RestAccess(users), customers, links, issues, permissions, authentication);
        for (int c = 0; c < 5; c++) {
            CustomerKey customer = CustomerKey.of("Customer " + c);
            customers.saveRisk(customer, new io.retentiondesk.core.churn.RiskAssessment(90 - c,
                    c < 2 ? io.retentiondesk.core.churn.RiskBand.CRITICAL : io.retentiondesk.core.churn.RiskBand.HIGH,
                    List.of(), 50));
            links.linkTickets(customer, List.of(10L + c));
        }
        customers.saveTier(CustomerKey.of("Customer 0"), Tier.KEY);
        MutableIssue visible = mock(MutableIssue.class);
        when(issues.getIssueObject(org.mockito.ArgumentMatchers.anyLong())).thenReturn(visible);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, visible, agentUser)).thenReturn(true);
        when(users.getRemoteUserKey()).thenReturn(AGENT);

        JsonObject three = json(queue.get("HIGH", 3));
        assertThat(three.getAsJsonArray("customers")).extracting(e -> e.getAsJsonObject().get("customer").getAsString())
                .containsExactly("customer 0", "customer 1", "customer 2");
        assertThat(three.get("complete").getAsBoolean()).isTrue();
        JsonObject first = three.getAsJsonArray("customers").get(0).getAsJsonObject();
        assertThat(first.get("riskScore").getAsInt()).isEqualTo(90);
        assertThat(first.get("riskBand").getAsString()).isEqualTo("CRITICAL");
        assertThat(first.get("tier").getAsString()).isEqualTo("KEY");
        assertThat(three.getAsJsonArray("customers").get(2).getAsJsonObject().get("tier").getAsString()).isEqualTo("UNRATED");
        assertThat(json(queue.get(" critical ", RiskQueueResource.MAX_LIMIT)).getAsJsonArray("customers")).hasSize(2);
        assertThat(json(queue.get(null, null)).getAsJsonArray("customers")).as("HIGH and 50 by default").hasSize(5);
        assertThat(json(queue.get("LOW", 1)).getAsJsonArray("customers")).hasSize(1);
        Response churned = queue.get("CHURNED", 10);
        assertThat(churned.getStatus()).isEqualTo(400);
        assertThat(json(churned).get("message").getAsString()).contains("got CHURNED");
        Response tooMany = queue.get("HIGH", RiskQueueResource.MAX_LIMIT + 1);
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(json(tooMany).get("message").getAsString()).isEqualTo("expected a limit from 1 to 200, got 201");
        assertThat(queue.get("HIGH", RiskQueueResource.MAX_LIMIT).getStatus()).isEqualTo(200);
    }

    private static JsonObject json(Response r) {
        return JsonParser.parseString(r.getEntity().toString()).getAsJsonObject();
    }
}
