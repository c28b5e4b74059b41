package io.retentiondesk.report.input;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A whole input file cannot be read as text (SPEC §11 "Bad input, settled"): it is refused with one line
 * naming it, and the run writes nothing.
 */
public final class UnreadableFileException extends IOException {
    /** Why the file was refused. */
    public enum Reason {
        /** a UTF-16 byte-order mark or NUL bytes: saved as UTF-16 */
        UTF16,
        /** a byte sequence that is not UTF-8 */
        NOT_UTF8
    }

    private final transient Path file;
    private final Reason reason;

    public UnreadableFileException(Path file, Reason reason) {
        super(file + ": " + (reason == Reason.UTF16 ? "saved as UTF-16" : "not UTF-8") + "; expected UTF-8 text");
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
