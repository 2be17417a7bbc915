package io.bcekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bcekit.core.BceError;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.ErrorListener;
import io.bcekit.core.config.FailureLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The {@link ErrorListener} as the responder calls it: once per answer, never breaking one. */
class ErrorResponderListenerTest {

    private static final RequestSummary REQUEST = new RequestSummary("rid-1", "GET", "/v1/eip/x");

    /** The failure log's and the listener's calls, in order. */
    private final List<String> calls = new ArrayList<>();
    private final FailureLog failureLog = new FailureLog() {
        @Override
        public void answered(String requestId, String request, BceError error, Throwable cause) {
            calls.add("log " + error.errorCode().code());
        }

        @Override
        public void abortedAfterCommit(String requestId, String request, Throwable cause) {
            calls.add("aborted");
        }
    };
    private final ErrorListener listener = (code, status, adapter) -> calls.add(code + " " + status + " " + adapter);

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.bcekit.errors");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void attachAppender() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void detachAppender() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
    }

    private ErrorResponder responder(ErrorListener errorListener, String adapter) {
        return new ErrorResponder(BceErrorConfig.defaults().withFailureLog(failureLog)
                .withErrorListener(errorListener), adapter);
    }

    @Test
    void everyAnswerIsToldOnceAfterTheLogWithCodeStatusAndAdapter() {
        ErrorResponder responder = responder(listener, "jaxrs");

        responder.forFailure(REQUEST, new BceException(EipErrors.EIP_NOT_FOUND));
        responder.forStatus(REQUEST, 405);
        responder.answer(REQUEST, BceError.of(EipErrors.EXCEED_LIMIT), null);
        responder.forFailure(REQUEST, new IllegalStateException("boom"));

        assertThat(calls).containsExactly("log EipNotFound", "EipNotFound 404 jaxrs",
                "log MethodNotAllowed", "MethodNotAllowed 405 jaxrs",
                "log ExceedLimit", "ExceedLimit 413 jaxrs",
                "log InternalError", "InternalError 500 jaxrs");
    }

    @Test
    void failureAfterCommitIsNoAnswerAndNotTold() {
        responder(listener, "servlet").abortedAfterCommit(REQUEST, new IllegalStateException("late"));

        assertThat(calls).containsExactly("aborted");
    }

    @Test
    void listenerThatThrowsLeavesTheAnswerWholeAndIsReportedAtWarnOnceWithoutTrace() {
        ErrorListener broken = (code, status, adapter) -> {
            throw new IllegalStateException("registry closed");
        };
        ErrorResponder responder = responder(broken, "tomcat");

        ErrorResponse first = responder.forStatus(REQUEST, 404);
        ErrorResponse second = responder.forFailure(REQUEST, new BceException(EipErrors.EIP_NOT_FOUND));

        assertThat(first.status()).isEqualTo(400);
        assertThat(first.envelope().code()).isEqualTo("InvalidURI");
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.envelope().code()).isEqualTo("EipNotFound");
        assertThat(calls).containsExactly("log InvalidURI", "log EipNotFound");
        assertThat(appender.list).hasSize(2);
        assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(appender.list.get(0).getFormattedMessage()).isEqualTo("Error listener " + broken.getClass().getName()
                + " failed (java.lang.IllegalStateException: registry closed); answers are unaffected, later failures"
                + " of it are logged at DEBUG");
        assertThat(appender.list.get(1).getLevel()).isEqualTo(Level.DEBUG);
        assertThat(appender.list.get(1).getFormattedMessage()).isEqualTo("Error listener " + broken.getClass().getName()
                + " failed (java.lang.IllegalStateException: registry closed)");
        assertThat(appender.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    @Test
    void eachResponderReportsItsOwnFirstListenerFailureAtWarn() {
        ErrorListener broken = (code, status, adapter) -> {
            throw new IllegalStateException("registry closed");
        };

        responder(broken, "servlet").forStatus(REQUEST, 404);
        responder(broken, "jetty").forStatus(REQUEST, 404);

        assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.WARN);
    }

    @Test
    void adapterIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ErrorResponder(BceErrorConfig.defaults(), null))
                .withMessage("adapter");
    }
}
