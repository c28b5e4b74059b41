package io.retentiondesk.jira.setup;

import com.atlassian.jira.workflow.JiraWorkflow;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Workflows as Jira stores them: workflow XML read into OSWorkflow's own descriptor (the real library), as Jira's
 * {@code WorkflowUtil.convertXMLtoWorkflowDescriptor} does, without fetching the DTD.
 */
public final class Workflows {
    private Workflows() {
    }

    /** A workflow XML of this package's test resources. */
    public static String xml(String resource) {
        try (InputStream in = Workflows.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WorkflowDescriptor descriptor(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return new WorkflowDescriptor(f.newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new StringReader(xml))).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jira's workflow of that name over the descriptor. */
    public static JiraWorkflow workflow(String name, String xml) {
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        WorkflowDescriptor descriptor = descriptor(xml);
        when(workflow.getName()).thenReturn(name);
        when(workflow.getDescriptor()).thenReturn(descriptor);
        return workflow;
    }
}
