package io.retentiondesk.report.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The three time formats of the export, all UTC. Hand-rolled because a million tickets carry some twenty
 * million timestamps and {@link DateTimeFormatter} would dominate the run; years outside 1000–9999 fall back
 * to it.
 */
final class Times {
    static final long SECOND = 1_000L;
    static final long MINUTE = 60_000L;
    static final long HOUR = 3_600_000L;
    static final long DAY = 86_400_000L;

    private static final DateTimeFormatter JIRA_SLOW =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SLA_SLOW =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_SLOW =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** Jira Data Center REST form: {@code 2026-01-05T09:12:44.000+0000}. */
    static String jira(long ms) {
        char[] b = new char[28];
        if (!date(ms, b)) {
            return JIRA_SLOW.format(Instant.ofEpochMilli(ms));
        }
        int millis = (int) Math.floorMod(ms, 1000L);
        b[19] = '.';
        b[20] = (char) ('0' + millis / 100);
        b[21] = (char) ('0' + millis / 10 % 10);
        b[22] = (char) ('0' + millis % 10);
        b[23] = '+';
        b[24] = '0';
        b[25] = '0';
        b[26] = '0';
        b[27] = '0';
        return new String(b);
    }

    /** The SLA field's {@code iso8601} form: {@code 2026-01-05T09:12:44+0000}. */
    static String sla(long ms) {
        char[] b = new char[24];
        if (!date(ms, b)) {
            return SLA_SLOW.format(Instant.ofEpochMilli(ms));
        }
        b[19] = '+';
        b[20] = '0';
        b[21] = '0';
        b[22] = '0';
        b[23] = '0';
        return new String(b);
    }

    /** ISO-8601 UTC with seconds, as the CSV files use: {@code 2026-03-14T00:00:00Z}. */
    static String utc(long ms) {
        char[] b = new char[20];
        if (!date(ms, b)) {
            return UTC_SLOW.format(Instant.ofEpochMilli(ms));
        }
        b[19] = 'Z';
        return new String(b);
    }

    /** Midnight UTC of the day holding {@code ms}. */
    static long startOfDay(long ms) {
        return Math.floorDiv(ms, DAY) * DAY;
    }

    /** Writes {@code yyyy-MM-ddTHH:mm:ss} into b[0..18]; false when the year needs other than four digits. */
    private static boolean date(long ms, char[] b) {
        long days = Math.floorDiv(ms, DAY);
        long msOfDay = Math.floorMod(ms, DAY);
        // days since 1970-01-01 to a civil date (H. Hinnant, "chrono-compatible low-level date algorithms")
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 1000 || year > 9999) {
            return false;
        }
        int y = (int) year;
        two(b, 0, y / 100);
        two(b, 2, y % 100);
        b[4] = '-';
        two(b, 5, month);
        b[7] = '-';
        two(b, 8, day);
        b[10] = 'T';
        int seconds = (int) (msOfDay / 1000);
        two(b, 11, seconds / 3600);
        b[13] = ':';
        two(b, 14, seconds / 60 % 60);
        b[16] = ':';
        two(b, 17, seconds % 60);
        return true;
    }

    private static void two(char[] b, int at, int v) {
        b[at] = (char) ('0' + v / 10);
        b[at + 1] = (char) ('0' + v % 10);
    }
}
