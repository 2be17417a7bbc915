package io.bcekit.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.bcekit.core.BceError;
import io.bcekit.core.BceException;
import io.bcekit.core.ResponseWriteException;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/** The default log, seen through logback on logger {@code io.bcekit.errors}. */
class Slf4jFailureLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.bcekit.errors");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final FailureLog failureLog = new Slf4jFailureLog();
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

    @Test
    void serverErrorIsLoggedAtErrorWithItsThrowable() {
        IllegalStateException cause = new IllegalStateException("database down");

        failureLog.answered("rid-1", "POST /v1/eip", BceError.of(GlobalErrors.INTERNAL_ERROR), cause);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).isEqualTo("requestId=rid-1 POST /v1/eip -> 500 InternalError");
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("database down");
            assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });
    }

    @Test
    void serverErrorStatusWithoutCauseIsLoggedAtErrorWithoutThrowable() {
        failureLog.answered("rid-2", "GET /v1/eip", BceError.of(HttpStatusErrors.SERVICE_UNAVAILABLE), null);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).isEqualTo("requestId=rid-2 GET /v1/eip -> 503 ServiceUnavailable");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void clientErrorIsOneDebugLineWithoutThrowable() {
        BceException cause = new BceException(EipErrors.EIP_NOT_FOUND);

        failureLog.answered("rid-3", "GET /v1/eip/x", BceError.of(EipErrors.EIP_NOT_FOUND), cause);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage()).isEqualTo("requestId=rid-3 GET /v1/eip/x -> 404 EipNotFound: "
                    + "The specified eip does not exist. (io.bcekit.core.BceException: The specified eip does not exist.)");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void clientErrorStatusWithoutCauseIsOneDebugLine() {
        failureLog.answered("rid-4", "GET /nowhere", BceError.of(GlobalErrors.INVALID_URI), null);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage())
                    .isEqualTo("requestId=rid-4 GET /nowhere -> 400 InvalidURI: Could not parse the specified URI.");
        });
    }

    @Test
    void clientErrorFromMultiLineExceptionMessageStaysOneLine() {
        Exception cause = null;
        try {
            new ObjectMapper().readTree("{\"a\":");
        } catch (Exception parseFailure) {
            cause = parseFailure;
        }
        assertThat(cause).hasMessageContaining("\n");

        failureLog.answered("rid-5", "POST /v1/eip", BceError.of(GlobalErrors.MALFORMED_JSON), cause);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage())
                    .startsWith("requestId=rid-5 POST /v1/eip -> 400 MalformedJSON: The JSON you provided was not "
                            + "well-formed. (com.fasterxml.jackson.core.io.JsonEOFException: ")
                    .doesNotContain("\n", "\r");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void clientErrorMessageCannotForgeALogLine() {
        BceError error = BceError.of(EipErrors.EIP_NOT_FOUND, "No eip x\r\nrequestId=forged GET / -> 200\u2028");

        failureLog.answered("rid-8", "GET /v1/eip/x", error, null);

        assertThat(appender.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("requestId=rid-8 GET /v1/eip/x -> 404 EipNotFound: No eip x  requestId=forged GET / -> 200 ");
    }

    @Test
    void clientErrorIsNotLoggedAboveDebug() {
        logger.setLevel(Level.INFO);

        failureLog.answered("rid-6", "GET /v1/eip/x", BceError.of(EipErrors.EIP_NOT_FOUND), null);

        assertThat(appender.list).isEmpty();
    }

    @Test
    void failureAfterCommitIsLoggedAtErrorWithItsThrowable() {
        failureLog.abortedAfterCommit("rid-7", "GET /v1/eip", new IllegalStateException("stream broke"));

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).isEqualTo(
                    "requestId=rid-7 GET /v1/eip failed after the response was committed; aborting the connection");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("stream broke");
        });
    }

    @Test
    void failureAfterCommitCausedByTheClientIsOneDebugLine() {
        ResponseWriteException gone = new ResponseWriteException(new IOException("Broken pipe"));

        failureLog.abortedAfterCommit("rid-9", "GET /download", new UncheckedIOException(gone));

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage()).isEqualTo("requestId=rid-9 GET /download ended after the response"
                    + " was committed: Writing the response failed (java.io.IOException: Broken pipe)");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    /** An unknown method or HTTP version is the request's doing: any client could flood ERROR with it. */
    @ParameterizedTest
    @EnumSource(value = HttpStatusErrors.class, names = {"NOT_IMPLEMENTED", "HTTP_VERSION_NOT_SUPPORTED"})
    void statusTheRequestCausesByItselfIsOneDebugLine(HttpStatusErrors status) {
        failureLog.answered("rid-10", "BREW /", BceError.of(status), null);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage()).isEqualTo("requestId=rid-10 BREW / -> " + status.httpStatus() + " "
                    + status.code() + ": " + status.defaultMessage());
        });
    }

    /** The same statuses raised by the service's own code are its failures. */
    @Test
    void notImplementedThrownByTheServiceIsLoggedAtError() {
        BceException cause = new BceException(HttpStatusErrors.NOT_IMPLEMENTED);

        failureLog.answered("rid-11", "POST /v1/eip", BceError.of(HttpStatusErrors.NOT_IMPLEMENTED), cause);

        assertThat(appender.list).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.ERROR);
    }

    @Test
    void c1ControlsAndDeleteBecomeSpacesWhileOtherNonAsciiStays() {
        BceError error = BceError.of(EipErrors.EIP_NOT_FOUND, "a\u007Fb\u0080c\u009Fd\u00A0e\u00e9f");

        failureLog.answered("rid-12", "GET /", error, null);

        assertThat(appender.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("requestId=rid-12 GET / -> 404 EipNotFound: a b c d\u00A0e\u00e9f");
    }

    @Test
    void messageOfExactlyTheBoundIsNotMarkedCut() {
        String message = "m".repeat(512);

        failureLog.answered("rid-13", "GET /", BceError.of(EipErrors.EIP_NOT_FOUND, message), null);

        assertThat(appender.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("requestId=rid-13 GET / -> 404 EipNotFound: " + message);
    }

    @Test
    void messageOneOverTheBoundIsCut() {
        failureLog.answered("rid-14", "GET /", BceError.of(EipErrors.EIP_NOT_FOUND, "m".repeat(513)), null);

        assertThat(appender.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("requestId=rid-14 GET / -> 404 EipNotFound: " + "m".repeat(512) + "...");
    }
}
