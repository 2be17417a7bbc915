package io.bcekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.bcekit.core.requestid.CurrentRequestId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Scopes are opened in try-with-resources as adapters do, so most bodies never name them. */
@SuppressWarnings("try")
class RequestIdScopeTest {

    private static Map<String, String> mdcContents() {
        Map<String, String> contents = MDC.getCopyOfContextMap();
        return contents == null ? Map.of() : contents;
    }

    @AfterEach
    void clearThread() {
        MDC.clear();
    }

    @Test
    void openScopeSetsMdcAndCurrentRequestId() {
        try (RequestIdScope scope = RequestIdScope.open("req-1", "requestId")) {
            assertThat(MDC.get("requestId")).isEqualTo("req-1");
            assertThat(CurrentRequestId.get()).contains("req-1");
        }
    }

    @Test
    void closeRemovesTheMdcKeyAndTheCurrentId() {
        RequestIdScope.open("req-1", "requestId").close();

        assertThat(MDC.get("requestId")).isNull();
        assertThat(mdcContents()).doesNotContainKey("requestId");
        assertThat(CurrentRequestId.get()).isEmpty();
    }

    @Test
    void nestedScopesRestoreTheOuterId() {
        try (RequestIdScope outer = RequestIdScope.open("outer", "requestId")) {
            try (RequestIdScope inner = RequestIdScope.open("inner", "requestId")) {
                assertThat(MDC.get("requestId")).isEqualTo("inner");
                assertThat(CurrentRequestId.get()).contains("inner");
            }
            assertThat(MDC.get("requestId")).isEqualTo("outer");
            assertThat(CurrentRequestId.get()).contains("outer");
        }
        assertThat(MDC.get("requestId")).isNull();
        assertThat(CurrentRequestId.get()).isEmpty();
    }

    @Test
    void closingTwiceDoesNotUndoALaterScope() {
        RequestIdScope first = RequestIdScope.open("first", "requestId");
        first.close();
        try (RequestIdScope second = RequestIdScope.open("second", "requestId")) {
            first.close();

            assertThat(MDC.get("requestId")).isEqualTo("second");
            assertThat(CurrentRequestId.get()).contains("second");
        }
    }

    @Test
    void valueSetBeforeTheScopeIsRestored() {
        MDC.put("requestId", "set-by-someone-else");

        RequestIdScope.open("req-1", "requestId").close();

        assertThat(MDC.get("requestId")).isEqualTo("set-by-someone-else");
    }

    @Test
    void customMdcKeyIsUsed() {
        try (RequestIdScope scope = RequestIdScope.open("req-1", "traceId")) {
            assertThat(MDC.get("traceId")).isEqualTo("req-1");
            assertThat(MDC.get("requestId")).isNull();
        }
        assertThat(mdcContents()).doesNotContainKey("traceId");
    }

    @Test
    void otherThreadsDoNotSeeTheId() throws InterruptedException {
        AtomicReference<Optional<String>> seenByOtherThread = new AtomicReference<>();
        AtomicReference<String> mdcOfOtherThread = new AtomicReference<>("unset");
        try (RequestIdScope scope = RequestIdScope.open("req-1", "requestId")) {
            Thread other = new Thread(() -> {
                seenByOtherThread.set(CurrentRequestId.get());
                mdcOfOtherThread.set(MDC.get("requestId"));
            });
            other.start();
            other.join();
        }
        assertThat(seenByOtherThread.get()).isEmpty();
        assertThat(mdcOfOtherThread.get()).isNull();
    }

    @Test
    void aScopeLeftOpenIsAbandonedWithItsMdcEntry() {
        RequestIdScope.open("suspended-1", "requestId"); // never closed here: its request went async

        RequestIdScope.abandonStale("requestId");

        assertThat(CurrentRequestId.get()).isEmpty();
        assertThat(mdcContents()).isEmpty();
    }

    @Test
    void abandoningLeavesAnMdcValueThatIsNotTheStaleId() {
        RequestIdScope.open("suspended-2", "requestId");
        MDC.put("requestId", "set-by-the-application");

        RequestIdScope.abandonStale("requestId");

        assertThat(CurrentRequestId.get()).isEmpty();
        assertThat(mdcContents()).isEqualTo(Map.of("requestId", "set-by-the-application"));
    }

    @Test
    void abandoningWithNothingBoundChangesNothing() {
        MDC.put("requestId", "set-by-the-application");

        RequestIdScope.abandonStale("requestId");

        assertThat(mdcContents()).isEqualTo(Map.of("requestId", "set-by-the-application"));
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> RequestIdScope.open(null, "requestId"))
                .withMessage("requestId");
        assertThatNullPointerException().isThrownBy(() -> RequestIdScope.open("req-1", null)).withMessage("mdcKey");
    }
}
