package io.retentiondesk.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What one offline report reads.
 *
 * @param issues    Jira REST JSON files (search pages, single issues)
 * @param csv       issue navigator CSV exports
 * @param values    the value file, or {@code null}
 * @param callbacks the callbacks file, or {@code null}
 */
public record ReportInputs(List<Path> issues, List<Path> csv, Path values, Path callbacks) {
    public ReportInputs {
        issues = List.copyOf(issues);
        csv = List.copyOf(csv);
    }
}
