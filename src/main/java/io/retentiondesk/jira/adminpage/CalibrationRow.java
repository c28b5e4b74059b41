package io.retentiondesk.jira.adminpage;

import java.util.List;

/**
 * One row of a calibration table on the admin page: its cells as text, and a mark for the row's style ({@code up} or
 * {@code down} when a fitted point moved that way, else empty). Its accessors are allow-listed for Velocity in
 * atlassian-plugin.xml.
 */
public record CalibrationRow(List<String> cells, String mark) {
    public CalibrationRow {
        cells = List.copyOf(cells);
    }
}
