package io.retentiondesk.report.input;

import io.retentiondesk.input.BadRecordException;
import io.retentiondesk.input.JiraDates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file with a header row, read row by row: each row is handed over with its position ({@code FILE:LINE},
 * the line the record starts on, header = line 1); a row the handler rejects is reported and skipped, and a
 * broken quote is reported where its record starts.
 */
final class CsvTable {
    private CsvTable() {
    }

    /** Handles one row; throws to have the row reported and skipped. */
    interface RowHandler {
        void row(Row row) throws BadRecordException;
    }

    /** One data row: values by lower-case column name, blank as {@code null}. */
    record Row(CSVRecord record, Map<String, Integer> header, String position) {
        String get(String column) {
            Integer i = header.get(column);
            if (i == null || i >= record.size()) {
                return null;
            }
            String v = record.get(i);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    /** The parser past the header, or {@code null} when the header is unusable (a blank or repeated name). */
    private static CSVParser header(Reader in, CSVFormat format, String fileName, String columns,
                                    Consumer<Skipped> skipped) throws IOException {
        try {
            return CSVParser.parse(in, format);
        } catch (IllegalArgumentException | IllegalStateException e) {
            skipped.accept(new Skipped(fileName + ":1", "header: expected the columns " + columns + " ("
                    + io.retentiondesk.core.policy.ParserMessages.plain(e) + ")"));
            return null;
        }
    }

    /**
     * @param required columns the header must have
     * @param columns  the expected header, for the error message
     */
    static void read(Path file, List<String> required, String columns, Consumer<Skipped> skipped, RowHandler handler)
            throws IOException {
        String fileName = file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        try (Reader in = TextFiles.open(file);
             CSVParser parser = header(in, format, fileName, columns, skipped)) {
            if (parser == null) {
                return;
            }
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.trim().toLowerCase(Locale.ROOT), v));
            for (String column : required) {
                if (!header.containsKey(column)) {
                    skipped.accept(new Skipped(fileName + ":1", "header: expected the columns " + columns
                            + ", missing " + column));
                    return;
                }
            }
            Iterator<CSVRecord> it = parser.iterator();
            long startLine = parser.getCurrentLineNumber() + 1;
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        return;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    UnreadableFileException unreadable = RestExportReader.unreadable(e);
                    if (unreadable != null) {
                        throw unreadable;
                    }
                    skipped.accept(new Skipped(fileName + ":" + startLine, "malformed CSV ("
                            + io.retentiondesk.core.policy.ParserMessages.plain(e) + "); the rest of the file was not read"));
                    return;
                }
                String position = fileName + ":" + startLine;
                startLine = parser.getCurrentLineNumber() + 1;
                try {
                    handler.row(new Row(r, header, position));
                } catch (BadRecordException | IllegalArgumentException e) {
                    skipped.accept(new Skipped(position, e.getMessage()));
                }
            }
        }
    }
}
