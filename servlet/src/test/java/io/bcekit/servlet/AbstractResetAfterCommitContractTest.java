package io.bcekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.servlet.fixture.DeployedWebappTest;
import io.bcekit.servlet.fixture.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failure after commit on a response whose end is the connection's end (HTTP/1.0, or
 * {@code Connection: close}): with the container module's reset in place, the client's read
 * fails instead of ending cleanly, so the truncated body cannot pass for a complete one. Complete
 * answers still end cleanly. Subclasses name the container, set up with its bcekit module.
 */
public abstract class AbstractResetAfterCommitContractTest extends DeployedWebappTest {

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.0\r\n", "HTTP/1.1\r\nConnection: close\r\n", "HTTP/1.1\r\n"})
    void failureAfterCommitResetsTheConnection(String protocol) throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "GET /fail/after-commit " + protocol + "Host: 127.0.0.1\r\n\r\n", 5000);

        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(exchange.reset()).as("the client's read fails").isTrue();
        assertThat(exchange.body()).doesNotContain("InternalError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.0\r\n", "HTTP/1.1\r\nConnection: close\r\n"})
    void completeAnswersEndCleanly(String protocol) throws Exception {
        RawHttp.Exchange ok = RawHttp.exchange(base, "GET /ok " + protocol + "Host: 127.0.0.1\r\n\r\n", 5000);
        RawHttp.Exchange failure = RawHttp.exchange(base, "GET /fail/runtime " + protocol + "Host: 127.0.0.1\r\n\r\n", 5000);
        RawHttp.Exchange notFound = RawHttp.exchange(base, "GET /v1/eip/9.9.9.9 " + protocol + "Host: 127.0.0.1\r\n\r\n", 5000);

        assertThat(ok.body()).isEqualTo("hello");
        assertThat(ok.reset()).isFalse();
        AbstractClientFaultContractTest.assertRawEnvelope(failure, 500, "InternalError",
                "We encountered an internal error. Please try again.");
        assertThat(failure.reset()).isFalse();
        AbstractClientFaultContractTest.assertRawEnvelope(notFound, 404, "EipNotFound", "The specified eip does not exist.");
        assertThat(notFound.reset()).isFalse();
    }

    @Test
    void clientGoneMidDownloadLeavesTheServerServing() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write("GET /download HTTP/1.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertThat(socket.getInputStream().readNBytes(1024)).hasSize(1024);
        }
        RawHttp.Exchange ok = RawHttp.exchange(base, "GET /ok HTTP/1.0\r\n\r\n", 5000);
        assertThat(ok.body()).isEqualTo("hello");
    }
}
