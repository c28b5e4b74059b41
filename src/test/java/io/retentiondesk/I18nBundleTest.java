package io.retentiondesk;

import io.retentiondesk.core.callback.ComplaintCategory;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.satisfaction.SatisfactionBand;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.WinBackPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Simplified Chinese carry the same keys, no empty text and the same placeholders. */
class I18nBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(retention\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeysPlaceholdersAndNoEmptyValue() throws IOException {
        Properties en = load("/i18n/retention-desk.properties");
        Properties zh = load("/i18n/retention-desk_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
        assertThat(zh.getProperty("retention.tier.KEY")).isEqualTo("关键客户");
    }

    @Test
    void apostrophesAreDoubledBecauseJiraAndTheReportFormatEveryTextWithMessageFormat() throws IOException {
        for (String resource : List.of("/i18n/retention-desk.properties", "/i18n/retention-desk_zh_CN.properties")) {
            Properties p = load(resource);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value.replace("''", "")).as(resource + " " + key).doesNotContain("'");
                String shown = new java.text.MessageFormat(value).format(new Object[] {"#0", "#1", "#2", "#3", "#4"});
                assertThat(shown).as(key).doesNotContain("''");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties en = load("/i18n/retention-desk.properties");
        List<String> keys = new ArrayList<>();
        for (RiskSignal s : RiskSignal.values()) {
            keys.add(s.reasonKey());
        }
        for (RiskBand b : RiskBand.values()) {
            keys.add("retention.risk.band." + b.name());
        }
        for (SatisfactionBand b : SatisfactionBand.values()) {
            keys.add("retention.satisfaction.band." + b.name());
        }
        for (Tier t : Tier.values()) {
            keys.add("retention.tier." + t.name());
        }
        for (Quadrant q : Quadrant.values()) {
            keys.add(q.strategyKey());
        }
        for (WinBackPolicy w : WinBackPolicy.values()) {
            keys.add(w.i18nKey());
        }
        for (ComplaintCategory c : ComplaintCategory.values()) {
            keys.add(c.remedyKey());
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_SOURCE.matcher(Files.readString(p));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(60);
        for (String key : keys) {
            if (!key.endsWith(".")) { // prefixes that code completes, e.g. "retention.tier."
                assertThat(en.getProperty(key)).as(key).isNotNull();
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
