package io.bcekit.benchmarks;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.EipErrors;
import jakarta.ws.rs.NotFoundException;
import org.openjdk.jmh.annotations.CompilerControl;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;

/**
 * Handlers that fail "not found" the way each style does, {@code depth} calls below the catch.
 * Each frame is a real compiled frame (never inlined), so the JIT cannot turn throw-and-catch into a
 * jump, and exceptions that record a stack trace record one of realistic depth.
 */
final class FailingHandlers {

    static final String MESSAGE = EipErrors.EIP_NOT_FOUND.defaultMessage();

    private FailingHandlers() {
    }

    /** bcekit: a 4xx {@link BceException} (no stack trace). */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void bcekit(int depth) {
        if (depth > 1) {
            bcekit(depth - 1);
            return;
        }
        throw new BceException(EipErrors.EIP_NOT_FOUND);
    }

    /** What a user writes by hand: an exception carrying status and code, stack trace and all. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void handWritten(int depth) {
        if (depth > 1) {
            handWritten(depth - 1);
            return;
        }
        throw new ApiException(404, "EipNotFound", MESSAGE);
    }

    /** zalando/problem: a {@code ThrowableProblem} built by {@code Problem.valueOf}. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void zalandoProblem(int depth) {
        if (depth > 1) {
            zalandoProblem(depth - 1);
            return;
        }
        throw Problem.valueOf(Status.NOT_FOUND, MESSAGE);
    }

    /** Dropwizard: a JAX-RS {@code WebApplicationException}, later mapped to an {@code ErrorMessage}. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void dropwizard(int depth) {
        if (depth > 1) {
            dropwizard(depth - 1);
            return;
        }
        throw new NotFoundException(MESSAGE);
    }

    /** The hand-written alternative's exception: an ordinary one, so it fills in its stack trace. */
    static final class ApiException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final int status;
        final String code;

        ApiException(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
