package io.retentiondesk.jira.adminpage;

import com.atlassian.jira.project.Project;
import io.retentiondesk.jira.customfield.FieldSetup;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.setup.CheckedProjects;
import io.retentiondesk.jira.panel.PanelContent.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The admin page's <i>Set up fields</i>: the service projects to create the app's fields for (those chosen last
 * time, or all of them the first time) and what pressing the button did. The form's values are checked here; a bad
 * one refuses the whole request before anything is created or kept.
 */
@Named
public class FieldSetupSection {
    private final FieldSetup setup;
    private final CheckedProjects projects;

    @Inject
    public FieldSetupSection(FieldSetup setup, CheckedProjects projects) {
        this.setup = Objects.requireNonNull(setup);
        this.projects = Objects.requireNonNull(projects);
    }

    /** The form: every service project, ticked when chosen; text only. */
    public Map<String, Object> context(Texts t) {
        Set<Long> chosen = new HashSet<>();
        projects.projects().forEach(p -> chosen.add(p.getId()));
        List<ProjectChoice> choices = new ArrayList<>();
        for (Project p : projects.serviceProjects()) {
            choices.add(new ProjectChoice(String.valueOf(p.getId()), t.text("retention.admin.fields.project",
                    p.getName(), p.getKey()), chosen.contains(p.getId())));
        }
        Map<String, Object> c = new HashMap<>();
        c.put("fieldProjects", choices);
        c.put("hasServiceProjects", !choices.isEmpty());
        c.put("fieldSetupLines", List.of());
        return c;
    }

    /**
     * What pressing the button did: a message and one line per field created or not created.
     *
     * @param status the HTTP status to answer: 200 done, 400 a bad choice, 409 another run going on, 500 some field
     *               could not be created (the others were)
     */
    public record Result(int status, String message, List<String> lines) {
    }

    /** Checks the ticked project ids and runs the set-up. */
    public Result setUp(String[] projectIds, Texts t) {
        List<Long> ids = new ArrayList<>();
        for (String id : projectIds == null ? new String[0] : projectIds) {
            try {
                ids.add(Long.valueOf(id.trim()));
            } catch (NumberFormatException e) {
                return new Result(400, t.text("retention.admin.fields.notServiceProject", id), List.of());
            }
        }
        FieldSetup.Result r;
        try {
            r = setup.setUp(ids, t);
        } catch (FieldSetup.Refused e) {
            return new Result(e.busy() ? 409 : 400, e.getMessage(), List.of());
        }
        List<String> lines = new ArrayList<>();
        r.created().forEach(c -> lines.add(t.text("retention.admin.fields.created", c.name(), c.fieldId(),
                String.join(", ", c.projectKeys()))));
        r.failed().forEach(f -> lines.add(t.text("retention.admin.fields.notCreated", t.text(f.field().nameKey()),
                String.join(", ", f.projectKeys()), f.reason())));
        String message = t.text(r.created().isEmpty() && r.failed().isEmpty() ? "retention.admin.fields.nothingToDo"
                : "retention.admin.fields.done", r.created().size(), r.failed().size(),
                r.present().size(), RetentionField.values().length);
        return new Result(r.failed().isEmpty() ? 200 : 500, message, lines);
    }
}
