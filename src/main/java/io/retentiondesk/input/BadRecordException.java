package io.retentiondesk.input;

/** One record of an input file cannot be used; the message names the field and what was expected. */
public final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadRecordException(String message) {
        super(message);
    }
}
