package io.retentiondesk.testing;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The app's own i18n bundle, as Jira would resolve it: tests word things with the shipped English or Simplified
 * Chinese text instead of mocking each key, and a key the bundle lacks fails the test.
 */
public final class Bundle {
    private final Properties texts;
    private final Locale locale;

    private Bundle(Locale locale) {
        this.locale = locale;
        String name = Locale.SIMPLIFIED_CHINESE.equals(locale) ? "/i18n/retention-desk_zh_CN.properties"
                : "/i18n/retention-desk.properties";
        texts = new Properties();
        try (InputStream in = Bundle.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Bundle of(Locale locale) {
        return new Bundle(locale);
    }

    /** The text of the key with its arguments, as {@link MessageFormat} formats it. */
    public String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("missing i18n key " + key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** SAL's resolver over the bundle, for components that take one. */
    public I18nResolver resolver() {
        return new I18nResolver() {
            @Override
            public String getText(String key) {
                return text(key);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                return text(key, (Object[]) arguments);
            }
        };
    }
}
