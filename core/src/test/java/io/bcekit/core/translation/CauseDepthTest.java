package io.bcekit.core.translation;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.BceError;
import io.bcekit.core.BceException;
import io.bcekit.core.RequestBodyException;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How deep the table looks through causes: far enough for real stacks, never unbounded. */
class CauseDepthTest {

    private final FailureTranslator translator = FailureTranslator.defaults();

    @Test
    void sixteenWrappersAreLookedThroughButNotSeventeen() {
        BceException inner = new BceException(EipErrors.EIP_NOT_FOUND);

        assertThat(translator.translate(wrapped(inner, 16, CompletionException::new)))
                .isEqualTo(BceError.of(EipErrors.EIP_NOT_FOUND));
        assertThat(translator.translate(wrapped(inner, 17, CompletionException::new)))
                .isEqualTo(BceError.of(GlobalErrors.INTERNAL_ERROR));
    }

    @Test
    void aClientFaultSixteenCausesDownIsFoundButNotSeventeen() {
        RequestBodyException broken = new RequestBodyException(new IOException("early end"));

        assertThat(translator.translate(wrapped(broken, 15, IllegalStateException::new)))
                .isEqualTo(BceError.of(GlobalErrors.INVALID_HTTP_REQUEST));
        assertThat(translator.translate(wrapped(broken, 16, IllegalStateException::new)))
                .isEqualTo(BceError.of(GlobalErrors.INTERNAL_ERROR));
    }

    @Test
    void aTimeoutSixteenCausesUnderTheBodyFailureIsATimeoutButNotSeventeen() {
        assertThat(translator.translate(new RequestBodyException(
                new IOException(wrapped(new SocketTimeoutException("idle"), 14, IllegalStateException::new)))))
                .isEqualTo(BceError.of(HttpStatusErrors.REQUEST_TIMEOUT));
        assertThat(new RequestBodyException(
                new IOException(wrapped(new SocketTimeoutException("idle"), 14, IllegalStateException::new))).timedOut())
                .isTrue();
        assertThat(new RequestBodyException(
                new IOException(wrapped(new SocketTimeoutException("idle"), 15, IllegalStateException::new))).timedOut())
                .isFalse();
    }

    /** {@code inner} under {@code count} layers made by {@code wrapper}. */
    private static Throwable wrapped(Throwable inner, int count, Function<Throwable, ? extends Throwable> wrapper) {
        Throwable current = inner;
        for (int i = 0; i < count; i++) {
            current = wrapper.apply(current);
        }
        return current;
    }
}
