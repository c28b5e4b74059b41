package io.retentiondesk.input;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.retentiondesk.core.churn.ChurnType;
import io.retentiondesk.core.policy.ParserMessages;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.EOFException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The value file, read from text: what the offline command's {@code --values} and the Jira app's value import
 * both read (SPEC §11 "Report files", "Bad input, settled"). Columns {@code customer,annual_value,potential} and
 * optionally {@code churned_at,churn_type,unworthy}, as CSV with a header line or as a JSON array of objects with
 * those names. Immutable.
 *
 * <p>A row with a bad cell is left out and named in {@link #problems()} by line and field: an {@code annual_value}
 * below 0, above 10^15 or with more than 4 decimals (judged by digits and exponent before any arithmetic, so
 * {@code 1e100000000} costs nothing), a {@code potential} outside 0–100, a {@code churned_at} outside
 * [1970, 2100), an {@code unworthy} other than true or false, a customer already read. A {@code churn_type} never
 * leaves a row out: a type of seed 002 §3.3 in any case is kept, other text is kept as {@code OTHER} and named in
 * {@link #notices()}. Blank cells are unknown. A leading byte-order mark is skipped.
 *
 * <pre>{@code
 * ValueFile file = ValueFile.readCsv(new StringReader("customer,annual_value,potential\nAcme,1200,70\n"));
 * file.rows();      // [ValueRow[line=2, value=CustomerValue[acme, 1200, 70], ...]]
 * file.problems();  // []
 * }</pre>
 *
 * @param rows     good rows, in file order, one per customer
 * @param problems the lines left out, in file order; a problem of the header or of the file's syntax ends reading
 * @param notices  cells read differently from their text, rows kept
 */
public record ValueFile(List<ValueRow> rows, List<ValueProblem> problems, List<ValueNotice> notices) {
    /** The columns, in the order the format lists them. */
    public static final List<String> COLUMNS = List.of("customer", "annual_value", "potential", "churned_at",
            "churn_type", "unworthy");
    private static final List<String> REQUIRED = COLUMNS.subList(0, 3);
    private static final String EXPECTED_COLUMNS =
            "customer,annual_value,potential (optionally churned_at,churn_type,unworthy)";
    /** At most 10^15, the largest value SPEC §11 allows. */
    static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(15);

    public ValueFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    /** The good rows by customer (matching form of the key), in file order. */
    public Map<CustomerKey, ValueRow> byCustomer() {
        Map<CustomerKey, ValueRow> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.value().customer(), r));
        return out;
    }

    /**
     * Reads CSV with a header line (column names in any case and order; other columns are ignored).
     *
     * @throws IOException only when {@code in} itself fails; bad text is a problem, never an exception
     */
    public static ValueFile readCsv(Reader in) throws IOException {
        Rows rows = new Rows();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        CSVParser parser;
        try {
            parser = CSVParser.parse(withoutByteOrderMark(in), format);
        } catch (IllegalArgumentException | UncheckedIOException | CSVException e) {
            rethrowReadFailure(e);
            rows.problem(1, "header", "expected the columns " + EXPECTED_COLUMNS + ", got a header that cannot be "
                    + "read (" + ParserMessages.plain(e) + ")");
            return rows.file();
        }
        try (parser) {
            Map<String, Integer> header = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                String column = names.get(i).trim().toLowerCase(Locale.ROOT);
                if (COLUMNS.contains(column) && header.putIfAbsent(column, i) != null) {
                    rows.problem(1, "header", "expected the columns " + EXPECTED_COLUMNS + ", each once; got "
                            + column + " twice");
                    return rows.file();
                }
            }
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    rows.problem(1, "header", "expected the columns " + EXPECTED_COLUMNS + ", missing " + column);
                    return rows.file();
                }
            }
            Iterator<CSVRecord> it = parser.iterator();
            long startLine = parser.getCurrentLineNumber() + 1;
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        return rows.file();
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rethrowReadFailure(e);
                    rows.problem(line(startLine), null, "malformed CSV (" + ParserMessages.plain(e)
                            + "); the rest of the file was not read");
                    return rows.file();
                }
                int line = line(startLine);
                startLine = parser.getCurrentLineNumber() + 1;
                rows.row(line, column -> {
                    Integer i = header.get(column);
                    if (i == null || i >= r.size()) {
                        return null;
                    }
                    String v = r.get(i);
                    return v == null || v.isBlank() ? null : v.trim();
                });
            }
        }
    }

    /**
     * Reads a JSON array of objects with the column names ({@code [{"customer": "Acme", "annual_value": 1200,
     * "potential": 70}]}); values are text, numbers, {@code true}/{@code false} or {@code null}. The N-th object is
     * numbered line N + 1, as the same row would be in CSV. A name that is no column is a problem of its object.
     *
     * @throws IOException only when {@code in} itself fails; bad text is a problem, never an exception
     */
    public static ValueFile readJson(Reader in) throws IOException {
        Rows rows = new Rows();
        JsonReader json = new JsonReader(withoutByteOrderMark(in));
        json.setStrictness(Strictness.STRICT);
        int line = 1;
        try {
            if (json.peek() != JsonToken.BEGIN_ARRAY) {
                rows.problem(1, null, "expected a JSON array of customer objects, got " + what(json.peek()));
                return rows.file();
            }
            json.beginArray();
            while (json.hasNext()) {
                line++;
                if (json.peek() != JsonToken.BEGIN_OBJECT) {
                    rows.problem(line, null, "expected an object with the names " + String.join(", ", COLUMNS)
                            + ", got " + what(json.peek()));
                    json.skipValue();
                    continue;
                }
                jsonRow(json, line, rows);
            }
            json.endArray();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                rows.problem(line, null, "expected the end after the array, got " + what(json.peek()));
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            rethrowReadFailure(e);
            rows.problem(line, null, "not valid JSON (" + ParserMessages.plain(e).replaceAll("\\s+", " ")
                    + "); the rest of the file was not read");
        }
        return rows.file();
    }

    private static void jsonRow(JsonReader json, int line, Rows rows) throws IOException {
        Map<String, String> cells = new HashMap<>();
        List<ValueProblem> bad = new ArrayList<>();
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            String column = name.trim().toLowerCase(Locale.ROOT);
            JsonToken token = json.peek();
            String value = switch (token) {
                case STRING, NUMBER -> json.nextString();
                case BOOLEAN -> Boolean.toString(json.nextBoolean());
                case NULL -> {
                    json.nextNull();
                    yield null;
                }
                default -> {
                    json.skipValue();
                    bad.add(new ValueProblem(line, column, "expected text, a number, true or false, got "
                            + what(token)));
                    yield null;
                }
            };
            if (!COLUMNS.contains(column)) {
                bad.add(new ValueProblem(line, JiraDates.shorten(name), "expected one of the names "
                        + String.join(", ", COLUMNS)));
            } else if (cells.containsKey(column)) {
                bad.add(new ValueProblem(line, column, "appears twice in one object; expected it once"));
            } else {
                cells.put(column, value == null || value.isBlank() ? null : value.trim());
            }
        }
        json.endObject();
        if (bad.isEmpty()) {
            rows.row(line, cells::get);
        } else {
            rows.problems.addAll(bad);
        }
    }

    private static String what(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> "an array";
            case BEGIN_OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case END_DOCUMENT -> "nothing";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * A failure of the reader itself (a file that is not UTF-8, a closed stream) goes to the caller as the read's
     * {@link IOException}; a failure of the text's syntax is the caller's to report as a problem.
     */
    private static void rethrowReadFailure(Exception e) throws IOException {
        Throwable t = e;
        while (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof IOException io && !(io instanceof CSVException) && !(io instanceof MalformedJsonException)
                && !(io instanceof EOFException)) {
            throw io;
        }
    }

    private static int line(long line) {
        return (int) Math.min(Integer.MAX_VALUE, line);
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int first = r.read();
        if (first >= 0 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    /**
     * A value of 0 to 10^15 with at most 4 decimals (SPEC §11). The size is bounded before any arithmetic: a cell
     * such as {@code 1e100000000} is rejected by its digits and exponent, never expanded.
     *
     * @return the value, or {@code null} when it is not one
     */
    static BigDecimal annualValue(String raw) {
        if (raw.length() > 40) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
        // precision − scale = digits before the point: 16 at most for 10^15; a scale above 4 must be trailing zeros
        if (value.signum() < 0 || (long) value.precision() - value.scale() > 16 || value.scale() > 40
                || value.scale() > 4 && value.stripTrailingZeros().scale() > 4 || value.compareTo(MAX_VALUE) > 0) {
            return null;
        }
        return value;
    }

    /** The rows read so far, with their problems and notices. */
    private static final class Rows {
        private final Map<CustomerKey, ValueRow> rows = new LinkedHashMap<>();
        private final List<ValueProblem> problems = new ArrayList<>();
        private final List<ValueNotice> notices = new ArrayList<>();

        void problem(int line, String field, String message) {
            problems.add(new ValueProblem(line, field, message));
        }

        ValueFile file() {
            return new ValueFile(new ArrayList<>(rows.values()), problems, notices);
        }

        /** One row: cells by column name, blank as {@code null}. */
        void row(int line, UnaryOperator<String> cell) {
            String customer = cell.apply("customer");
            if (customer == null) {
                problem(line, "customer", "expected a customer key, got nothing");
                return;
            }
            BigDecimal value = null;
            String rawValue = cell.apply("annual_value");
            if (rawValue != null) {
                value = annualValue(rawValue);
                if (value == null) {
                    problem(line, "annual_value", "expected a number of 0 or more, up to 1000000000000000 with at "
                            + "most 4 decimals, got \"" + JiraDates.shorten(rawValue) + "\"");
                    return;
                }
            }
            Integer potential = null;
            String rawPotential = cell.apply("potential");
            if (rawPotential != null) {
                potential = parsePotential(rawPotential);
                if (potential == null) {
                    problem(line, "potential", "expected a whole number from 0 to 100, got \""
                            + JiraDates.shorten(rawPotential) + "\"");
                    return;
                }
            }
            Instant churnedAt;
            try {
                churnedAt = JiraDates.parseOptional(cell.apply("churned_at"), "churned_at");
            } catch (BadRecordException e) {
                problem(line, "churned_at", e.getMessage().replaceFirst("^churned_at: ", ""));
                return;
            }
            String unworthy = cell.apply("unworthy");
            if (unworthy != null && !unworthy.equalsIgnoreCase("true") && !unworthy.equalsIgnoreCase("false")) {
                problem(line, "unworthy", "expected true or false, got \"" + JiraDates.shorten(unworthy) + "\"");
                return;
            }
            CustomerKey key = CustomerKey.of(customer);
            if (rows.containsKey(key)) {
                problem(line, "customer", "\"" + JiraDates.shorten(customer)
                        + "\" appears twice; expected one row per customer");
                return;
            }
            ChurnType churnType = churnType(line, cell.apply("churn_type"));
            rows.put(key, new ValueRow(line, new CustomerValue(key, value, potential), churnedAt, churnType,
                    unworthy == null ? null : Boolean.valueOf(unworthy.equalsIgnoreCase("true"))));
        }

        private ChurnType churnType(int line, String raw) {
            if (raw == null) {
                return null;
            }
            String name = raw.toUpperCase(Locale.ROOT);
            if (Arrays.stream(ChurnType.values()).map(Enum::name).collect(Collectors.toSet()).contains(name)) {
                return ChurnType.valueOf(name);
            }
            notices.add(new ValueNotice(line, "churn_type", JiraDates.shorten(raw)));
            return ChurnType.OTHER;
        }

        private static Integer parsePotential(String raw) {
            try {
                int p = Integer.parseInt(raw);
                return p < 0 || p > 100 ? null : p;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
