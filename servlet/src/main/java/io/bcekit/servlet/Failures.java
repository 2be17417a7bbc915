package io.bcekit.servlet;

import jakarta.servlet.ServletException;
import java.io.IOException;

/** Servlet-side handling of throwables: what to look through, and how to hand one back. */
final class Failures {

    private static final int MAX_DEPTH = 16;

    private Failures() {
    }

    /** The failure a container's {@link ServletException} wraps (it only carries it across the chain). */
    static Throwable unwrapServletException(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_DEPTH && current instanceof ServletException && current.getCause() != null;
                depth++) {
            current = current.getCause();
        }
        return current;
    }

    /** Hands {@code failure} back to the container unchanged where the signature allows. */
    static void rethrow(Throwable failure) throws IOException, ServletException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof ServletException servlet) {
            throw servlet;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new ServletException(failure);
    }
}
