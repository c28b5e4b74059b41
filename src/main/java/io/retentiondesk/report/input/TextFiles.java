package io.retentiondesk.report.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an input as UTF-8 text the same way for JSON and CSV (SPEC §11): an optional UTF-8 byte-order mark is
 * skipped; a UTF-16 file or a byte that is not UTF-8 makes the whole file refused with an
 * {@link UnreadableFileException} naming it, never a partly read file or a stack trace.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** @throws UnreadableFileException from the open or from any later read, when the bytes are not UTF-8 */
    public static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                    || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                    || head[0] == 0 || head[1] == 0);
            if (utf16) {
                throw new UnreadableFileException(file, UnreadableFileException.Reason.UTF16);
            }
            if (!bom) {
                in.reset();
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        Reader decoder = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new BufferedReader(new Strict(decoder, file));
    }

    /** Reads a whole (small) file, such as a policy, as text. */
    public static String readString(Path file) throws IOException {
        try (Reader r = open(file)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    /** Turns a decoding failure into the refusal naming the file. */
    private static final class Strict extends FilterReader {
        private final Path file;

        Strict(Reader in, Path file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (CharacterCodingException e) {
                throw new UnreadableFileException(file, UnreadableFileException.Reason.NOT_UTF8);
            }
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            try {
                return super.read(cbuf, off, len);
            } catch (CharacterCodingException e) {
                throw new UnreadableFileException(file, UnreadableFileException.Reason.NOT_UTF8);
            }
        }
    }
}
