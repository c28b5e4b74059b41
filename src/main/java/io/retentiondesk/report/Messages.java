package io.retentiondesk.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The app's i18n bundle ({@code i18n/retention-desk}), shared with the Jira side, for command-line text. */
public final class Messages {
    public static final String BUNDLE = "i18n/retention-desk";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
