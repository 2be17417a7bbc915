package io.bcekit.core.translation;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.BceError;
import io.bcekit.core.BceException;
import io.bcekit.core.RequestBodyException;
import io.bcekit.core.ResponseWriteException;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.MalformedInputException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FailureTranslatorTest {

    private static final BceError INTERNAL_ERROR =
            new BceError(GlobalErrors.INTERNAL_ERROR, "We encountered an internal error. Please try again.", Map.of());

    private final FailureTranslator translator = FailureTranslator.defaults();

    /** A service's own failure family. */
    static class QuotaException extends RuntimeException {
        QuotaException(String message) {
            super(message);
        }
    }

    static class EipQuotaException extends QuotaException {
        EipQuotaException(String message) {
            super(message);
        }
    }

    @Test
    void clientBceExceptionKeepsItsCodeAndMessage() {
        BceError error = translator.translate(new BceException(EipErrors.EIP_NOT_FOUND, "Eip 1.2.3.4 is gone."));

        assertThat(error).isEqualTo(new BceError(EipErrors.EIP_NOT_FOUND, "Eip 1.2.3.4 is gone.", Map.of()));
    }

    @Test
    void clientBceExceptionWithoutMessageGetsTheDefault() {
        assertThat(translator.translate(new BceException(EipErrors.PAY_FAILED)))
                .isEqualTo(new BceError(EipErrors.PAY_FAILED, "Pay failed when create EIP", Map.of()));
    }

    @Test
    void serverBceExceptionSendsTheCatalogueTextNotItsMessage() {
        assertThat(translator.translate(new BceException(GlobalErrors.INTERNAL_ERROR, "password=hunter2")))
                .isEqualTo(INTERNAL_ERROR);
        assertThat(translator.translate(new BceException(HttpStatusErrors.SERVICE_UNAVAILABLE, "db pool empty")))
                .isEqualTo(new BceError(HttpStatusErrors.SERVICE_UNAVAILABLE,
                        "The service is temporarily unavailable. Please try again.", Map.of()));
    }

    @Test
    void unknownRuntimeExceptionIsInternalError() {
        assertThat(translator.translate(new IllegalStateException("secret detail"))).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void errorIsInternalError() {
        assertThat(translator.translate(new StackOverflowError())).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void requestBodyFaultIsTheClientsError() {
        RequestBodyException broken = new RequestBodyException(new java.io.EOFException("early EOF"));
        RequestBodyException stalled = new RequestBodyException(
                new java.io.IOException(new java.util.concurrent.TimeoutException("Idle timeout expired")));

        assertThat(translator.translate(broken)).isEqualTo(new BceError(GlobalErrors.INVALID_HTTP_REQUEST,
                GlobalErrors.INVALID_HTTP_REQUEST.defaultMessage(), Map.of()));
        assertThat(translator.translate(stalled)).isEqualTo(new BceError(HttpStatusErrors.REQUEST_TIMEOUT,
                "The request was not completed in time.", Map.of()));
        assertThat(translator.translate(new RequestBodyException(new java.net.SocketTimeoutException())).errorCode())
                .isSameAs(HttpStatusErrors.REQUEST_TIMEOUT);
    }

    /** However a handler or a JSON library wraps the body fault, it stays the client's. */
    @Test
    void clientFaultWrappedInAServerFailureIsStillTheClients() {
        RequestBodyException broken = new RequestBodyException(new java.io.EOFException());
        ResponseWriteException gone = new ResponseWriteException(new java.io.IOException("Broken pipe"));

        assertThat(translator.translate(new IllegalStateException("could not parse", broken)).errorCode())
                .isSameAs(GlobalErrors.INVALID_HTTP_REQUEST);
        assertThat(translator.translate(new java.io.UncheckedIOException(gone)).errorCode())
                .isSameAs(GlobalErrors.INVALID_HTTP_REQUEST);
        // a failure that is the client's on its own keeps its own answer
        assertThat(translator.translate(new BceException(EipErrors.EIP_NOT_FOUND, "gone", broken)).errorCode())
                .isSameAs(EipErrors.EIP_NOT_FOUND);
    }

    @Test
    void completionExceptionIsLookedThrough() {
        BceException inner = new BceException(EipErrors.INSTANCE_NOT_FOUND);

        assertThat(translator.translate(new CompletionException(inner)).errorCode())
                .isSameAs(EipErrors.INSTANCE_NOT_FOUND);
    }

    @Test
    void executionExceptionIsLookedThrough() {
        BceException inner = new BceException(EipErrors.PREPAY_EIP);

        assertThat(translator.translate(new ExecutionException(inner)).errorCode()).isSameAs(EipErrors.PREPAY_EIP);
    }

    @Test
    void nestedWrappersAreLookedThrough() {
        Throwable wrapped = new CompletionException(new InvocationTargetException(
                new ExecutionException(new BceException(EipErrors.EXCEED_LIMIT))));

        assertThat(translator.translate(wrapped).errorCode()).isSameAs(EipErrors.EXCEED_LIMIT);
    }

    @Test
    void wrapperWithoutCauseIsInternalError() {
        assertThat(translator.translate(new CompletionException("no cause", null))).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void characterCodingFailureIsInvalidHttpRequest() {
        assertThat(translator.translate(new MalformedInputException(1)).errorCode())
                .isSameAs(GlobalErrors.INVALID_HTTP_REQUEST);
    }

    @Test
    void userMappingAppliesToTheTypeAndItsSubclasses() {
        FailureTranslator custom = FailureTranslator.builder().map(QuotaException.class, EipErrors.EXCEED_LIMIT).build();

        BceError expected = new BceError(EipErrors.EXCEED_LIMIT, "The amount of eip exceed limit", Map.of());
        assertThat(custom.translate(new QuotaException("over"))).isEqualTo(expected);
        assertThat(custom.translate(new EipQuotaException("over"))).isEqualTo(expected);
    }

    @Test
    void subclassRuleWinsOverSuperclassRule() {
        FailureTranslator custom = FailureTranslator.builder()
                .map(QuotaException.class, EipErrors.EXCEED_LIMIT)
                .map(EipQuotaException.class, failure -> BceError.of(EipErrors.PAY_FAILED, failure.getMessage()))
                .build();

        assertThat(custom.translate(new EipQuotaException("card declined")))
                .isEqualTo(new BceError(EipErrors.PAY_FAILED, "card declined", Map.of()));
        assertThat(custom.translate(new QuotaException("x")).errorCode()).isSameAs(EipErrors.EXCEED_LIMIT);
    }

    @Test
    void userMappingLeavesTheDefaultTranslatorUnchanged() {
        FailureTranslator.builder().map(QuotaException.class, EipErrors.EXCEED_LIMIT).build();

        assertThat(FailureTranslator.defaults().translate(new QuotaException("x"))).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void ruleThatThrowsGivesInternalError() {
        FailureTranslator custom = FailureTranslator.builder()
                .map(QuotaException.class, failure -> {
                    throw new IllegalStateException("broken rule");
                })
                .build();

        assertThat(custom.translate(new QuotaException("x"))).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void ruleThatReturnsNullGivesInternalError() {
        FailureTranslator custom = FailureTranslator.builder().map(QuotaException.class, failure -> null).build();

        assertThat(custom.translate(new QuotaException("x"))).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void ruleByClassNameMatchesWithoutAReference() {
        FailureTranslator custom = FailureTranslator.builder()
                .mapClassName(QuotaException.class.getName(), failure -> BceError.of(EipErrors.EXCEED_LIMIT))
                .build();

        assertThat(custom.translate(new EipQuotaException("x")).errorCode()).isSameAs(EipErrors.EXCEED_LIMIT);
    }

    @Test
    void translationRulesAreAppliedThroughTheBuilder() {
        TranslationRules rules = builder -> builder
                .map(QuotaException.class, EipErrors.EXCEED_LIMIT)
                .mapStatus(404, EipErrors.EIP_NOT_FOUND);

        FailureTranslator custom = FailureTranslator.builder().apply(rules).build();

        assertThat(custom.translate(new QuotaException("x")).errorCode()).isSameAs(EipErrors.EXCEED_LIMIT);
        assertThat(custom.translateStatus(404).errorCode()).isSameAs(EipErrors.EIP_NOT_FOUND);
        assertThat(custom.translateStatus(405).errorCode()).isSameAs(HttpStatusErrors.METHOD_NOT_ALLOWED);
    }

    @Test
    void customWrapperIsLookedThrough() {
        FailureTranslator custom = FailureTranslator.builder().unwrap(QuotaException.class).build();
        QuotaException wrapper = new QuotaException("wrapper");
        wrapper.initCause(new BceException(EipErrors.EIP_NOT_FOUND));

        assertThat(custom.translate(wrapper).errorCode()).isSameAs(EipErrors.EIP_NOT_FOUND);
    }

    @Test
    void ruleMayAddResponseHeaders() {
        FailureTranslator custom = FailureTranslator.builder()
                .map(QuotaException.class, failure ->
                        BceError.of(HttpStatusErrors.TOO_MANY_REQUESTS).withHeader("Retry-After", "30"))
                .build();

        assertThat(custom.translate(new QuotaException("x")).headers()).isEqualTo(Map.of("Retry-After", "30"));
    }
}
