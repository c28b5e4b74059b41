package io.retentiondesk.report.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC §11: UTF-8 with or without a byte-order mark is read; UTF-16 and bytes that are not UTF-8 are refused. */
class TextFilesTest {
    @Test
    void aWholeFileIsReadAsTextWithItsByteOrderMarkDropped(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("policy.json");
        String text = "{\"name\": \"北京客户\"}\n" + "x".repeat(20_000); // longer than one read buffer
        Files.writeString(plain, text, StandardCharsets.UTF_8);
        assertThat(TextFiles.readString(plain)).isEqualTo(text);
        Path bom = dir.resolve("bom.json");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(TextFiles.readString(bom)).isEqualTo("{}");
        Path tiny = dir.resolve("one.txt");
        Files.writeString(tiny, "a", StandardCharsets.UTF_8);
        assertThat(TextFiles.readString(tiny)).isEqualTo("a");
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedNamingTheFileWhetherReadInBulkOrOneCharAtATime(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("latin1.csv");
        Files.write(bad, concat("abc,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'}));
        assertThatThrownBy(() -> TextFiles.readString(bad)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("latin1.csv");
        try (Reader r = TextFiles.open(bad)) {
            assertThatThrownBy(() -> {
                while (r.read() >= 0) {
                    // read to the bad byte
                }
            }).isInstanceOf(UnreadableFileException.class).hasMessageContaining("latin1.csv");
        }
    }

    @Test
    void utf16WithEitherByteOrderIsRefused(@TempDir Path dir) throws IOException {
        for (byte[] head : new byte[][] {{(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}}) {
            Path f = dir.resolve("utf16-" + (head[0] & 0xFF) + ".json");
            Files.write(f, concat(head, "{}".getBytes(StandardCharsets.UTF_16LE)));
            assertThatThrownBy(() -> TextFiles.open(f)).isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining(f.getFileName().toString());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
