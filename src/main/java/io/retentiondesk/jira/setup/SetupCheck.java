package io.retentiondesk.jira.setup;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The setup check: every {@link SetupCheckPart} of the app (Spring hands over each bean of the type), asked in
 * {@link SetupCheckPart#order()} each time the admin page or {@code GET /setup} is shown. A part that fails does not
 * hide the others: it becomes one failing line naming it.
 */
@Named
public class SetupCheck {
    static final String PART_FAILED_TITLE = "retention.setup.part.title";
    static final String PART_FAILED = "retention.setup.part.failed";
    private static final Logger LOG = LoggerFactory.getLogger(SetupCheck.class);

    private final List<SetupCheckPart> parts;

    @Inject
    public SetupCheck(List<SetupCheckPart> parts) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(SetupCheckPart::order)).toList();
    }

    /** The parts, in the order their lines are shown. */
    public List<SetupCheckPart> parts() {
        return parts;
    }

    /** Every part's lines, part by part. */
    public List<SetupLine> lines() {
        List<SetupLine> lines = new ArrayList<>();
        for (SetupCheckPart part : parts) {
            try {
                lines.addAll(part.lines());
            } catch (RuntimeException e) {
                // the class names only: an exception's message may quote a user's or customer's text
                LOG.error("Retention Desk setup check {} failed ({})", part.getClass().getName(), e.getClass().getName());
                lines.add(new SetupLine(PART_FAILED_TITLE, SetupState.FAILING, PART_FAILED,
                        List.of(part.getClass().getSimpleName(), e.getClass().getName()), null));
            }
        }
        return lines;
    }
}
