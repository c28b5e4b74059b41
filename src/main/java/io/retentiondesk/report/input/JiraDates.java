package io.retentiondesk.report.input;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date forms Jira exports use: REST ({@code 2026-01-05T09:12:44.000+0000}), ISO-8601
 * ({@code 2026-06-30T00:00:00Z}) and the issue navigator CSV ({@code 18/jul/26 9:10 AM}, month names in
 * English or Spanish). CSV times carry no zone and are read as UTC.
 */
public final class JiraDates {
    private static final DateTimeFormatter REST = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> NAVIGATOR = List.of(
            navigator("d/MMM/yy h:mm a", Locale.ENGLISH),
            navigator("d/MMM/yy h:mm a", Locale.forLanguageTag("es")),
            navigator("d/MMM/yy H:mm", Locale.ENGLISH),
            navigator("d/MMM/yy H:mm", Locale.forLanguageTag("es")),
            navigator("yyyy-MM-dd HH:mm", Locale.ROOT),
            navigator("yyyy-MM-dd HH:mm:ss", Locale.ROOT));

    private JiraDates() {
    }

    /**
     * @param field the field's name, for the error message
     * @throws BadRecordException naming the field and the expected form
     */
    public static Instant parse(String value, String field) throws BadRecordException {
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v, REST).toInstant();
        } catch (DateTimeParseException e) {
            // try the navigator forms
        }
        for (DateTimeFormatter f : NAVIGATOR) {
            try {
                return LocalDateTime.parse(normaliseMonth(v), f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        throw new BadRecordException(field + ": expected a date such as 2026-01-05T09:12:44.000+0000 or "
                + "18/Jul/26 9:10 AM, got \"" + shorten(v) + "\"");
    }

    /** Parses or returns {@code null} for a blank value. */
    public static Instant parseOptional(String value, String field) throws BadRecordException {
        return value == null || value.isBlank() ? null : parse(value, field);
    }

    private static DateTimeFormatter navigator(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }

    /** Spanish exports write "sept." and "p. m."; the JDK's Spanish data may differ by version. */
    private static String normaliseMonth(String v) {
        return v.replace("sept", "sep").replace("p. m.", "PM").replace("a. m.", "AM").replace(".", "");
    }

    static String shorten(String v) {
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }
}
