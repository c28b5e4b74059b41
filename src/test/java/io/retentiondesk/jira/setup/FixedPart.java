package io.retentiondesk.jira.setup;

import java.util.List;

/** A setup check part of the tests' own: fixed lines, and how often it was asked for them. */
public final class FixedPart implements SetupCheckPart {
    private final int order;
    private final List<SetupLine> lines;
    private int asked;

    public FixedPart(int order, SetupLine... lines) {
        this.order = order;
        this.lines = List.of(lines);
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public List<SetupLine> lines() {
        asked++;
        return lines;
    }

    /** How many times {@link #lines()} was called. */
    public int asked() {
        return asked;
    }
}
