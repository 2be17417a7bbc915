package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.assertEnvelope;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.BceError;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.FailureLog;
import io.bcekit.samples.RawHttp.Ending;
import io.bcekit.samples.RawHttp.Exchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample's Jetty limits under slow clients, over raw sockets, with a short idle timeout (the
 * only limit a test cannot wait out at its production value of 30 s): ordinary requests stay fast
 * while 400 clients trickle their requests a few bytes a second, and a client that goes silent is
 * dropped.
 */
class SlowClientTest {

    private static final Duration TEST_IDLE_TIMEOUT = Duration.ofSeconds(2);
    /** Clients trickling a body, and as many again still trickling their headers. */
    private static final int SLOW_CLIENTS = 200;
    private static final int ORDINARY_REQUESTS = 20;
    /** The bound on each ordinary request while the slow clients trickle. */
    private static final long ORDINARY_BOUND_MILLIS = 2000;
    /** One byte per interval: 4 bytes a second for each slow client. */
    private static final long TRICKLE_INTERVAL_MILLIS = 250;
    private static final Duration MAX_TRICKLE = Duration.ofSeconds(20);
    private static final String SLOW_POST = "POST /v1/eip HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000\r\n";
    private static final String EMPTY_LIST = "{\"isTruncated\":false,\"maxKeys\":1000,\"eipList\":[]}";

    /** What this test's server-level error handler answered, as its failure log saw it. */
    private Queue<BceError> serverErrors;
    private SampleServer server;
    private URI base;

    /** A server for each test: connections one test leaves behind must not fail into the next one's log. */
    @BeforeEach
    void start() throws Exception {
        Queue<BceError> errors = new ConcurrentLinkedQueue<>();
        serverErrors = errors;
        FailureLog recording = new FailureLog() {
            @Override
            public void answered(String requestId, String request, BceError error, Throwable cause) {
                errors.add(error);
            }

            @Override
            public void abortedAfterCommit(String requestId, String request, Throwable cause) {
                // the server-level handler always answers before anything is committed
            }
        };
        server = SampleServer.start(0, TEST_IDLE_TIMEOUT, BceErrorConfig.defaults().withFailureLog(recording));
        base = server.baseUri();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void ordinaryRequestsStayFastWhileSlowClientsTrickle() throws Exception {
        // POSTs of Content-Length 100000: 200 trickle the body, 200 have not finished their headers.
        List<SlowClient> slowBodies = new ArrayList<>();
        List<SlowClient> slowHeaders = new ArrayList<>();
        List<SlowClient> all = new CopyOnWriteArrayList<>(); // trickled from the first one opened
        AtomicBoolean trickling = new AtomicBoolean(true);
        Thread trickler = new Thread(() -> trickle(all, trickling), "trickler");
        trickler.setDaemon(true);
        try {
            trickler.start();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slowBodies.add(open(all, SLOW_POST + "\r\n"));
                slowHeaders.add(open(all, SLOW_POST + "X-Slow: "));
            }

            for (int i = 0; i < ORDINARY_REQUESTS; i++) {
                long start = System.nanoTime();
                Exchange exchange = RawHttp.exchange(base,
                        SignedRequests.raw(base, "GET", "/v1/eip") + "Connection: close\r\n\r\n", 5000);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 200 OK");
                assertThat(new String(exchange.body(), ISO_8859_1)).isEqualTo(EMPTY_LIST);
                assertThat(millis).as("ordinary request %d, in ms", i).isLessThan(ORDINARY_BOUND_MILLIS);
                Thread.sleep(200); // spread over the trickle, well past the idle timeout
            }
            trickling.set(false);
            trickler.join(5000);
            assertThat(trickler.isAlive()).isFalse();

            // Headers that kept coming kept their connection, past the idle timeout, but no thread:
            // Jetty has no deadline for a header block, only its size limit (8 KiB, then 431).
            for (SlowClient client : slowHeaders) {
                assertThat(client.isOpenAndUnanswered()).isTrue();
            }
            // An unsigned POST is refused before its body is read: a complete header block is
            // answered at once, without waiting for the 100000 bytes, and the connection closed
            // (the unread body cannot be skipped; no Connection: close, the header was out first).
            for (SlowClient client : slowBodies) {
                Exchange answer = new Exchange(client.receivedUntilClose(), Ending.CLOSED);
                assertEnvelope(answer, "HTTP/1.1 400 Bad Request", "InvalidHTTPAuthHeader",
                        "The Access Key ID you provided does not exist in our records.");
            }
        } finally {
            trickling.set(false);
            trickler.join(5000);
            for (SlowClient client : all) {
                client.close();
            }
        }
    }

    @Test
    void aClientSilentMidRequestIsDroppedAfterTheIdleTimeoutAndLoggedAsAnIncompleteRequest() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TEST_IDLE_TIMEOUT.toMillis() * 3);
            socket.getOutputStream().write("GET /v1/eip/180.76.1.2 HTTP/1.1\r\nHost: 127.0".getBytes(ISO_8859_1));
            long start = System.nanoTime();
            byte[] received = socket.getInputStream().readAllBytes(); // until Jetty shuts its side
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).isBetween(TEST_IDLE_TIMEOUT.toMillis() - 100, TEST_IDLE_TIMEOUT.toMillis() + 2000);
            assertThat(received).isEmpty(); // Jetty answers nothing to a request it never had whole
        }
        // Once the client closes too, Jetty fails the half-read request (an EofException): an
        // incomplete request, not an InternalError logged at ERROR for every client that drops.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (serverErrors.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(serverErrors).singleElement().satisfies(error -> {
            assertThat(error.httpStatus()).isEqualTo(400);
            assertThat(error.errorCode().code()).isEqualTo("InvalidHTTPRequest");
        });
    }

    private SlowClient open(List<SlowClient> all, String head) throws IOException {
        SlowClient client = new SlowClient(base, head);
        all.add(client);
        return client;
    }

    /**
     * Every {@value #TRICKLE_INTERVAL_MILLIS} ms, one more byte to each slow client not yet
     * answered, until told to stop or for {@link #MAX_TRICKLE} at most.
     */
    private static void trickle(List<SlowClient> clients, AtomicBoolean trickling) {
        long deadline = System.nanoTime() + MAX_TRICKLE.toNanos();
        try {
            while (trickling.get() && System.nanoTime() < deadline) {
                for (SlowClient client : clients) {
                    client.pump();
                }
                Thread.sleep(TRICKLE_INTERVAL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A client that sends {@code head} at once, then one byte a round until answered. Driven by the
     * trickler alone, then read by the test once the trickler has ended (the join orders the two).
     */
    private static final class SlowClient {

        private final Socket socket;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private boolean done;

        SlowClient(URI base, String head) throws IOException {
            socket = new Socket(base.getHost(), base.getPort());
            socket.getOutputStream().write(head.getBytes(ISO_8859_1));
        }

        /** Takes what has arrived; sends one more byte unless an answer has begun or the connection failed. */
        void pump() {
            if (done) {
                return;
            }
            try {
                InputStream in = socket.getInputStream();
                int available = in.available();
                if (available > 0) {
                    received.write(in.readNBytes(available));
                }
                if (received.size() == 0) {
                    socket.getOutputStream().write('a');
                } else {
                    done = true;
                }
            } catch (IOException e) {
                done = true;
            }
        }

        /** All the server sent, up to its close (which must come within seconds). */
        byte[] receivedUntilClose() throws IOException {
            socket.setSoTimeout(5000);
            try {
                received.write(socket.getInputStream().readAllBytes());
            } catch (SocketException resetAfterTheAnswer) {
                // a trickled byte crossed the server's close: what was read stands
            }
            return received.toByteArray();
        }

        /** Nothing received, and the server has not closed: a short read times out. */
        boolean isOpenAndUnanswered() throws IOException {
            if (received.size() > 0) {
                return false;
            }
            socket.setSoTimeout(1); // a close already received reads at once
            try {
                socket.getInputStream().read(); // a byte or the close: either way, not a waiting connection
                return false;
            } catch (SocketTimeoutException silent) {
                return true;
            }
        }

        void close() throws IOException {
            socket.close();
        }
    }
}
