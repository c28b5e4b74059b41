package io.retentiondesk.jira.bridge;

import io.retentiondesk.core.policy.ExportField;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.jira.customfield.JiraFields;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.setup.SetupLine;
import io.retentiondesk.jira.setup.SetupState;
import io.retentiondesk.testing.Bundle;
import io.retentiondesk.testing.Policies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSM fields the app reads, checked where its fields are for, found as JsmServiceFields finds them. */
class JsmFieldCheckTest {
    private final JiraFields jira = new JiraFields();
    private final PolicyStore policies = Policies.store();
    private final JsmFieldCheck check = new JsmFieldCheck(jira.manager, jira.serviceProjects(), policies);

    @BeforeEach
    void twoServiceProjects() {
        jira.serviceProject(10000L, "SUP");
        jira.serviceProject(10300L, "SAL");
    }

    private void jsmFields() {
        jira.field("Organizations", ExportField.ORGANIZATIONS.typeKey());
        jira.field("Request participants", ExportField.REQUEST_PARTICIPANTS.typeKey());
        jira.field("Zufriedenheit", ExportField.SATISFACTION.typeKey()); // translated: found by its type
        jira.field("Satisfaction date", ExportField.SATISFACTION_DATE.typeKey());
        jira.field("Time to first response", ExportField.SLA_TYPE);
        jira.field("time to resolution", ExportField.SLA_TYPE); // SLA names compare ignoring case
    }

    @Test
    void comesAfterTheAppsOwnFields() {
        assertThat(check.order()).isEqualTo(20);
    }

    @Test
    void jsmFieldsFoundByTypeAndBothSlasAreOk() {
        jsmFields();
        List<SetupLine> lines = check.lines();
        assertThat(lines).extracting(SetupLine::titleKey).containsExactly("retention.setup.jsm.organizations",
                "retention.setup.jsm.participants", "retention.setup.jsm.satisfaction",
                "retention.setup.jsm.satisfactionDate", "retention.setup.jsm.firstResponseSla",
                "retention.setup.jsm.resolutionSla");
        assertThat(lines).extracting(SetupLine::state).containsOnly(SetupState.OK);
        assertThat(lines.get(4).arguments()).containsExactly("Time to first response", "2");
    }

    @Test
    void aFieldFoundOnlyByThePolicysNameSaysSo() {
        jsmFields();
        jira.remove(ExportField.SATISFACTION.typeKey());
        jira.field("CSAT", io.retentiondesk.jira.customfield.RetentionField.Searcher.JIRA_FIELDS + ":float");
        policies.save(Policy.defaultJson().replace("\"fields\": {}", "\"fields\": {\"satisfaction\": \"csat\"}"));

        SetupLine satisfaction = check.lines().get(2);

        assertThat(satisfaction.state()).isEqualTo(SetupState.INFO);
        assertThat(satisfaction.messageKey()).isEqualTo("retention.setup.jsm.byPolicy");
        assertThat(satisfaction.arguments().subList(0, 2)).containsExactly(
                "SAL (Service request), SAL (Incident), SUP (Service request), SUP (Incident)", "satisfaction");
        assertThat(satisfaction.arguments().get(3)).isEqualTo(ExportField.SATISFACTION.typeKey());
    }

    @Test
    void twoFieldsOfOneJsmTypeAreAmbiguousNamingTheOneRead() {
        jsmFields();
        com.atlassian.jira.issue.fields.CustomField second =
                jira.field("Organisations (old)", ExportField.ORGANIZATIONS.typeKey(), 10000L);

        SetupLine organizations = check.lines().get(0);

        assertThat(organizations.state()).isEqualTo(SetupState.AMBIGUOUS);
        assertThat(organizations.messageKey()).isEqualTo("retention.setup.jsm.ambiguous");
        assertThat(organizations.arguments().get(1)).isEqualTo("SUP (Service request), SUP (Incident)");
        assertThat(organizations.arguments().get(2)).isNotEqualTo(second.getId());
        for (Bundle b : List.of(Bundle.of(Locale.ENGLISH), Bundle.of(Locale.SIMPLIFIED_CHINESE))) {
            String text = b.text(organizations.messageKey(), organizations.arguments().toArray());
            organizations.arguments().forEach(a -> assertThat(text).contains(a));
        }
    }

    @Test
    void aMissingFieldOrSlaIsMissingWhereItLacks() {
        jsmFields();
        jira.remove(ExportField.ORGANIZATIONS.typeKey());
        jira.field("Organizations", ExportField.ORGANIZATIONS.typeKey(), 10000L);
        jira.remove(ExportField.SLA_TYPE);
        jira.field("Time to resolution", ExportField.SLA_TYPE, 10300L);

        List<SetupLine> lines = check.lines();

        assertThat(lines.get(0)).isEqualTo(new SetupLine("retention.setup.jsm.organizations", SetupState.MISSING,
                "retention.setup.jsm.missing", List.of(ExportField.ORGANIZATIONS.typeKey(),
                        "SAL (Service request), SAL (Incident)"), JsmFieldCheck.CUSTOM_FIELDS));
        assertThat(lines.get(4)).isEqualTo(new SetupLine("retention.setup.jsm.firstResponseSla", SetupState.MISSING,
                "retention.setup.jsm.slaMissing", List.of("Time to first response", "SAL, SUP",
                        "satisfaction.firstResponseSla"), null));
        assertThat(lines.get(5).arguments()).containsExactly("Time to resolution", "SUP",
                "satisfaction.resolutionSla");
        for (Bundle b : List.of(Bundle.of(Locale.ENGLISH), Bundle.of(Locale.SIMPLIFIED_CHINESE))) {
            for (SetupLine l : lines) {
                assertThat(b.text(l.titleKey())).isNotBlank();
                String text = b.text(l.messageKey(), l.arguments().toArray());
                l.arguments().forEach(a -> assertThat(text).contains(a));
            }
        }
    }

    @Test
    void withoutServiceProjectsItAddsNothing() {
        JiraFields none = new JiraFields();
        assertThat(new JsmFieldCheck(none.manager, none.serviceProjects(), policies).lines()).isEmpty();
    }
}
