package io.retentiondesk.core.policy;

import java.util.regex.Pattern;

/**
 * A JSON or CSV parser's complaint as a person reads it: where and what, without the Java class that raised it or
 * the library's advice to its programmers ("Use JsonReader.setStrictness…", "See https://…").
 */
public final class ParserMessages {
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*");
    private static final Pattern ADVICE = Pattern.compile("\\s*(?:Use JsonReader\\.setStrictness\\([^)]*\\) to accept malformed JSON\\s*|See https?://\\S+)");
    private static final int MAX = 160;

    private ParserMessages() {
    }

    /** The plain message of the failure (its innermost cause that has one), at most {@value #MAX} characters. */
    public static String plain(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return "unreadable";
        }
        String plain = message;
        for (String before = null; !plain.equals(before); ) {
            before = plain;
            plain = CLASS_PREFIX.matcher(plain.strip()).replaceFirst("");
        }
        plain = ADVICE.matcher(plain).replaceAll(" ").strip();
        plain = plain.isEmpty() ? "unreadable" : plain;
        return plain.length() <= MAX ? plain : plain.substring(0, MAX - 3) + "...";
    }
}
