package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.input.ValueFile;
import io.retentiondesk.input.ValueNotice;
import io.retentiondesk.input.ValueProblem;
import io.retentiondesk.input.ValueRow;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the {@code --values} file with the shared {@link ValueFile} rules, opened as every input is
 * ({@link TextFiles}: a byte-order mark skipped, text that is not UTF-8 refused whole). Each bad row is reported at
 * {@code FILE:LINE} and skipped; each churn type kept as OTHER is told at its line.
 */
public final class ValueFileReader {
    /** Told of a cell read differently from its text, with its position {@code FILE:LINE}. */
    @FunctionalInterface
    public interface Notices {
        void notice(String position, ValueNotice notice);
    }

    /** @return rows by customer, in file order */
    public Map<CustomerKey, ValueRow> read(Path file, Consumer<Skipped> skipped) throws IOException {
        return read(file, skipped, (position, notice) -> { });
    }

    /** @return rows by customer, in file order */
    public Map<CustomerKey, ValueRow> read(Path file, Consumer<Skipped> skipped, Notices notices) throws IOException {
        String name = file.getFileName().toString();
        ValueFile values;
        try (Reader in = TextFiles.open(file)) {
            values = ValueFile.readCsv(in);
        }
        for (ValueProblem p : values.problems()) {
            skipped.accept(new Skipped(name + ":" + p.line(), p.text()));
        }
        for (ValueNotice n : values.notices()) {
            notices.notice(name + ":" + n.line(), n);
        }
        return values.byCustomer();
    }
}
