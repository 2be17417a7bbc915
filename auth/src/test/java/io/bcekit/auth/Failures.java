package io.bcekit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.bcekit.core.BceException;
import io.bcekit.core.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call fails with a {@link BceException} of exactly one code, and nothing else. */
final class Failures {

    private Failures() {
    }

    static BceException assertFailsWith(ErrorCode code, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isExactlyInstanceOf(BceException.class);
        BceException failure = (BceException) thrown;
        assertThat(failure.getErrorCode()).as("error code").isSameAs(code);
        return failure;
    }
}
