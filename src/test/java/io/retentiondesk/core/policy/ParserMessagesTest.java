package io.retentiondesk.core.policy;

import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ParserMessagesTest {
    @Test
    void gsonsComplaintKeepsWhereAndWhatButNotItsClassOrAdvice() {
        JsonReader reader = new JsonReader(new StringReader("scale=50"));
        reader.setStrictness(Strictness.STRICT);
        Throwable t = catchThrowable(() -> JsonParser.parseReader(reader));
        String plain = ParserMessages.plain(t);
        assertThat(plain).contains("line 1 column").doesNotContain("Exception", "setStrictness", "http", "com.google");
    }

    @Test
    void theInnermostMessageIsUsedAndClassPrefixesGoEvenWhenNested() {
        Throwable t = new UncheckedIOException("outer", new java.io.IOException(
                "org.apache.commons.csv.CSVException: (startline 2) EOF reached before encapsulated token finished"));
        assertThat(ParserMessages.plain(t)).isEqualTo("(startline 2) EOF reached before encapsulated token finished");
    }

    @Test
    void noMessageAtAllSaysUnreadableAndALongOneIsCut() {
        assertThat(ParserMessages.plain(new IllegalStateException())).isEqualTo("unreadable");
        assertThat(ParserMessages.plain(new IllegalStateException("x".repeat(500)))).hasSize(160).endsWith("...");
    }
}
