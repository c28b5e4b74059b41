package io.retentiondesk.report;

import picocli.CommandLine;

import java.util.Locale;

/** {@code --locale en} or {@code --locale zh-CN} (an IETF language tag). */
final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
        Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            throw new CommandLine.TypeConversionException("--locale: expected a language tag such as en or zh-CN, got \""
                    + value + "\"");
        }
        return locale;
    }
}
