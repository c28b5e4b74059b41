package io.retentiondesk.jira.setup;

import io.retentiondesk.testing.AppDescriptor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static io.retentiondesk.jira.setup.AppWorkflowModule.ASSESS_CHURN_RISK;
import static io.retentiondesk.jira.setup.AppWorkflowModule.ASSIGN_CUSTOMER_TIER;
import static io.retentiondesk.jira.setup.AppWorkflowModule.CALLBACK_OUTCOME_REQUIRED;
import static io.retentiondesk.jira.setup.AppWorkflowModule.RECORD_CALLBACK_OUTCOME;
import static io.retentiondesk.jira.setup.AppWorkflowModule.SCHEDULE_COMPLAINT_CALLBACK;
import static io.retentiondesk.jira.setup.AppWorkflowModule.SCORE_SATISFACTION;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading a workflow's descriptor: which transitions hold each of the app's post-functions and its validator. */
class WorkflowUseTest {
    private static final String SERVICE_DESK = Workflows.xml("service-desk-workflow.xml");

    @Test
    void eachPostFunctionAndTheValidatorIsFoundOnItsTransitionsStepCommonAndCreate() {
        WorkflowUse use = WorkflowUse.of(Workflows.descriptor(SERVICE_DESK));
        assertThat(use.transitions(ASSIGN_CUSTOMER_TIER)).containsExactly("Create");
        for (AppWorkflowModule m : new AppWorkflowModule[]{SCORE_SATISFACTION, SCHEDULE_COMPLAINT_CALLBACK, ASSESS_CHURN_RISK}) {
            assertThat(use.transitions(m)).as(m.name()).containsExactly("Resolve this issue");
        }
        assertThat(use.transitions(RECORD_CALLBACK_OUTCOME)).containsExactly("Callback failed: re-open", "Log callback");
        assertThat(use.transitions(CALLBACK_OUTCOME_REQUIRED)).containsExactly("Callback failed: re-open", "Log callback");
        assertThat(Arrays.stream(AppWorkflowModule.values()).allMatch(use::placed)).isTrue();
        assertThat(use.tierAfterCreate()).isFalse();
        assertThat(use.holdsAny()).isTrue();
    }

    @Test
    void aWorkflowWithoutThemHoldsNone() {
        WorkflowUse use = WorkflowUse.of(Workflows.descriptor(Workflows.xml("plain-workflow.xml")));
        assertThat(Arrays.stream(AppWorkflowModule.values()).noneMatch(use::placed)).isTrue();
        assertThat(use.holdsAny()).isFalse();
    }

    /** A validator is found among validators only, a post-function among post-functions only. */
    @Test
    void aValidatorIsNotAPostFunctionNorTheOtherWayRound() {
        String swapped = SERVICE_DESK.replace("<validator name=\"\" type=\"class\">\n              <arg name=\"full.module.key\">"
                + "io.retentiondesk.retention-deskcallback-outcome-required</arg>\n              <arg name=\"class.name\">"
                + "io.retentiondesk.jira.workflow.CallbackOutcomeRequiredValidator</arg>\n            </validator>",
                "<validator name=\"\" type=\"class\"><arg name=\"class.name\">"
                        + "io.retentiondesk.jira.workflow.RecordCallbackOutcomeFunction</arg></validator>");
        assertThat(swapped).isNotEqualTo(SERVICE_DESK);
        WorkflowUse use = WorkflowUse.of(Workflows.descriptor(swapped));
        // Log callback's validator now names the post-function's class: it is neither the validator nor the post-function
        assertThat(use.transitions(CALLBACK_OUTCOME_REQUIRED)).containsExactly("Callback failed: re-open");
        assertThat(use.transitions(RECORD_CALLBACK_OUTCOME)).containsExactly("Callback failed: re-open", "Log callback");
    }

    /** On Create a resolve-time post-function does not count: it belongs on a later transition. */
    @Test
    void onlyAssignCustomerTierBelongsOnCreate() {
        String onCreate = Workflows.xml("plain-workflow.xml").replace(
                "<arg name=\"class.name\">com.atlassian.jira.workflow.function.issue.IssueCreateFunction</arg>",
                "<arg name=\"class.name\">io.retentiondesk.jira.workflow.ScoreSatisfactionFunction</arg>");
        WorkflowUse use = WorkflowUse.of(Workflows.descriptor(onCreate));
        assertThat(use.onCreate(SCORE_SATISFACTION)).containsExactly("Create");
        assertThat(use.placed(SCORE_SATISFACTION)).isFalse();
        assertThat(use.holdsAny()).isTrue();
    }

    @Test
    void assignCustomerTierAfterCreatesTheIssueOriginallyIsNoticed() {
        String late = SERVICE_DESK.replace("io.retentiondesk.jira.workflow.AssignCustomerTierFunction", "@TIER@")
                .replace("com.atlassian.jira.workflow.function.issue.IssueCreateFunction",
                        "io.retentiondesk.jira.workflow.AssignCustomerTierFunction")
                .replace("@TIER@", "com.atlassian.jira.workflow.function.issue.IssueCreateFunction");
        WorkflowUse use = WorkflowUse.of(Workflows.descriptor(late));
        assertThat(use.placed(ASSIGN_CUSTOMER_TIER)).isTrue();
        assertThat(use.tierAfterCreate()).isTrue();
    }

    /** The post-functions of a transition's own list and of its conditional results count too (Jira walks them all). */
    @Test
    void postFunctionsOfConditionalResultsAndOfTheTransitionItselfCount() {
        String xml = Workflows.xml("plain-workflow.xml").replace("<action id=\"21\" name=\"Reopen\">\n          <results>",
                "<action id=\"21\" name=\"Reopen\">\n          <results>\n            <result old-status=\"x\" status=\"y\" step=\"1\">"
                        + "<conditions><condition type=\"class\"><arg name=\"class.name\">c.C</arg></condition></conditions>"
                        + "<post-functions><function type=\"class\"><arg name=\"class.name\">"
                        + "io.retentiondesk.jira.workflow.AssessChurnRiskFunction</arg></function></post-functions></result>")
                .replace("<action id=\"41\" name=\"Cancel request\">", "<action id=\"41\" name=\"Cancel request\">"
                        + "<post-functions><function type=\"class\"><arg name=\"class.name\">"
                        + "io.retentiondesk.jira.workflow.ScoreSatisfactionFunction</arg></function></post-functions>");
        WorkflowUse use = WorkflowUse.of(Workflows.descriptor(xml));
        assertThat(use.transitions(ASSESS_CHURN_RISK)).containsExactly("Reopen");
        assertThat(use.transitions(SCORE_SATISFACTION)).containsExactly("Cancel request");
    }

    /** The classes looked for are those atlassian-plugin.xml declares: a rename cannot leave the check looking for the old one. */
    @Test
    void everyModuleIsAFunctionOrValidatorClassTheDescriptorDeclares() throws Exception {
        Set<String> declared = new HashSet<>();
        try (InputStream in = AppDescriptor.open()) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
            for (String tag : new String[]{"function-class", "validator-class"}) {
                NodeList nodes = root.getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    declared.add(tag + ":" + nodes.item(i).getTextContent().trim());
                }
            }
        }
        assertThat(Arrays.stream(AppWorkflowModule.values()).map(m -> (m.kind() == AppWorkflowModule.Kind.VALIDATOR
                ? "validator-class:" : "function-class:") + m.className()).collect(Collectors.toSet())).isEqualTo(declared);
    }
}
