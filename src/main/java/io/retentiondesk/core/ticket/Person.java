package io.retentiondesk.core.ticket;

import java.util.Locale;

/**
 * A Jira user as a ticket names it. Any identifier may be missing (Cloud exports carry only an accountId,
 * anonymous comments no user at all).
 *
 * @param name         the username ({@code name})
 * @param key          the user key
 * @param accountId    the Cloud account id
 * @param emailAddress the e-mail address
 * @param displayName  the name shown to people
 */
public record Person(String name, String key, String accountId, String emailAddress, String displayName) {

    public static Person named(String name) {
        return new Person(name, null, null, null, name);
    }

    /**
     * The identity used for matching and for reporter customer keys (SPEC §11): username, else key, else
     * accountId, else e-mail address; trimmed and lower-cased; {@code null} when the user has none.
     */
    public String id() {
        String raw = firstPresent(name, key, accountId, emailAddress);
        return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    /** The same identifier as {@link #id()} with its original case, for display and customer keys. */
    public String rawId() {
        String raw = firstPresent(name, key, accountId, emailAddress);
        return raw == null ? null : raw.trim();
    }

    /** The lower-case domain of the e-mail address, or {@code null}. */
    public String emailDomain() {
        if (emailAddress == null) {
            return null;
        }
        int at = emailAddress.lastIndexOf('@');
        return at < 0 || at == emailAddress.length() - 1 ? null
                : emailAddress.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
