package io.retentiondesk.jira.setup;

import java.util.List;

/**
 * A part of the app that can say how its own setup stands (its fields, its post-functions, its jobs). The setup
 * check asks every part, in {@link #order()}, each time the admin page or {@code GET /setup} is shown, so a
 * part reads live state and stays cheap: no search over issues.
 */
public interface SetupCheckPart {
    /** Where this part's lines go: fields first (10), JSM fields (20), workflows (30), jobs and work (40+). */
    int order();

    List<SetupLine> lines();
}
