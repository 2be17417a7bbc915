package io.bcekit.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.bcekit.core.translation.FailureTranslator;
import org.junit.jupiter.api.Test;

class BceErrorConfigListenerTest {

    private final ErrorListener listener = (code, status, adapter) -> { };

    @Test
    void defaultIsNoListener() {
        assertThat(BceErrorConfig.defaults().errorListener()).isSameAs(ErrorListener.NONE);
    }

    @Test
    void listenerIsKeptThroughEveryOtherChange() {
        BceErrorConfig config = BceErrorConfig.defaults().withErrorListener(listener)
                .withMdcKey("rid").withRequestIdGenerator(() -> "id").withTranslator(FailureTranslator.defaults())
                .withFailureLog(new Slf4jFailureLog());

        assertThat(config.errorListener()).isSameAs(listener);
        assertThat(config.mdcKey()).isEqualTo("rid");
    }

    @Test
    void withErrorListenerLeavesTheOriginalUnchanged() {
        BceErrorConfig defaults = BceErrorConfig.defaults();

        defaults.withErrorListener(listener);

        assertThat(defaults.errorListener()).isSameAs(ErrorListener.NONE);
    }

    @Test
    void noneDoesNothingAndNullIsRejected() {
        ErrorListener.NONE.answered("EipNotFound", 404, "servlet");
        assertThatNullPointerException().isThrownBy(() -> BceErrorConfig.defaults().withErrorListener(null))
                .withMessage("errorListener");
    }
}
