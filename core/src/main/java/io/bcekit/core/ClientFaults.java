package io.bcekit.core;

import java.io.IOException;

/**
 * Finds a client's I/O fault — a {@link RequestBodyException} or a {@link ResponseWriteException}
 * — among a failure's causes, however deep a handler, JSON library or runtime wrapped it.
 */
public final class ClientFaults {

    private static final int MAX_DEPTH = 16;

    private ClientFaults() {
    }

    /** The client's fault in {@code failure} or its causes (the outermost), or null when there is none. */
    public static IOException find(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof RequestBodyException || current instanceof ResponseWriteException) {
                return (IOException) current;
            }
            current = current.getCause();
        }
        return null;
    }
}
