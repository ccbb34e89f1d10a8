package dev.loomlab.wire;

/** A message that cannot be trusted or read: it is logged and dropped, never executed. */
public final class BadMessageException extends Exception {
    public BadMessageException(String reason) {
        super(reason);
    }
}
