package io.bcekit.servlet;

import jakarta.servlet.ServletException;
import java.io.IOException;

/** Servlet-side handling of throwables: what to look through, what never to swallow. */
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

    /** JVM-fatal errors go straight back to the container: nothing else is safe to do. */
    static void rethrowIfFatal(Throwable failure) {
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal;
        }
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
