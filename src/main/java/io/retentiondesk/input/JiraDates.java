package io.retentiondesk.input;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** Dates outside [1970, 2100) are bad dates (SPEC §11). */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    private static final List<DateTimeFormatter> NAVIGATOR = List.of(
            navigator("d/MMM/uu h:mm a", Locale.ENGLISH),
            navigator("d/MMM/uu h:mm a", Locale.forLanguageTag("es")),
            navigator("d/MMM/uu H:mm", Locale.ENGLISH),
            navigator("d/MMM/uu H:mm", Locale.forLanguageTag("es")),
            navigator("uuuu-MM-dd HH:mm", Locale.ROOT),
            navigator("uuuu-MM-dd HH:mm:ss", Locale.ROOT));

    private JiraDates() {
    }

    /**
     * @param field the field's name, for the error message
     * @throws BadRecordException naming the field and the expected form
     */
    public static Instant parse(String value, String field) throws BadRecordException {
        return inRange(parseAny(value, field), field);
    }

    /**
     * @throws BadRecordException when the time is before 1970 or from 2100 on, naming the field
     */
    public static Instant inRange(Instant t, String field) throws BadRecordException {
        if (t.isBefore(EARLIEST) || !t.isBefore(LATEST)) {
            throw new BadRecordException(field + ": expected a date from 1970 up to 2100, got " + t);
        }
        return t;
    }

    private static Instant parseAny(String value, String field) throws BadRecordException {
        String v = value.trim();
        if (v.length() > 40) {
            throw new BadRecordException(field + ": expected a date such as 2026-01-05T09:12:44.000+0000 or "
                    + "18/Jul/26 9:10 AM, got \"" + shorten(v) + "\"");
        }
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
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Spanish exports write "sept." and "p. m."; the JDK's Spanish data may differ by version. */
    private static String normaliseMonth(String v) {
        return v.replace("sept", "sep").replace("p. m.", "PM").replace("a. m.", "AM").replace(".", "");
    }

    public static String shorten(String v) {
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }
}
