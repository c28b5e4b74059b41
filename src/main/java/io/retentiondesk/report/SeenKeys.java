package io.retentiondesk.report;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue keys a run has seen, across all its files, so that a ticket in two files or two overlapping pages
 * is counted once (SPEC §11). The only state of a run that grows with tickets rather than customers, so kept
 * compact: a key of the usual form {@code PROJECT-123} is one bit in its project's bit set (about 1 bit per
 * issue number up to the highest seen: 125 KB for a project of a million issues); any other key is kept as
 * text. Keys compare case-insensitively.
 */
final class SeenKeys {
    private static final Pattern JIRA_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,8})");
    /** Issue numbers above this go to the text set, so a hostile number cannot allocate a huge bit set. */
    private static final int MAX_NUMBER = 100_000_000;

    private final Map<String, BitSet> byProject = new HashMap<>();
    private final Set<String> other = new HashSet<>();

    /** @return {@code true} when the key was not seen before */
    boolean add(String key) {
        String k = key.trim().toUpperCase(Locale.ROOT);
        Matcher m = JIRA_KEY.matcher(k);
        if (m.matches()) {
            int number = Integer.parseInt(m.group(2));
            if (number <= MAX_NUMBER) {
                BitSet bits = byProject.computeIfAbsent(m.group(1), p -> new BitSet());
                if (bits.get(number)) {
                    return false;
                }
                bits.set(number);
                return true;
            }
        }
        return other.add(k);
    }
}
