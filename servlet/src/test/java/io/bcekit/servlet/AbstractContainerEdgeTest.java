package io.bcekit.servlet;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.servlet.fixture.EdgeRequest;
import io.bcekit.servlet.fixture.RawHttp;
import io.bcekit.servlet.fixture.ServletContainer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What a container answers before any filter runs ({@link EdgeRequest}), with the container's
 * bcekit module in place: every answer is the envelope, one id in header and body, the status and
 * code the subclass expects of its container. The same requests without the module are only
 * recorded: the README's table of case × container × answer is checked against what both
 * containers answered here, so it cannot drift.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractContainerEdgeTest {

    private static final String HEAD = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";

    /** The answer expected with the module: its status and code; no code for a request the container accepts. */
    public record Answer(int status, String code) {
    }

    private final Map<String, String> answers = new LinkedHashMap<>();
    private ServletContainer plain;
    private ServletContainer withModule;
    private URI plainBase;
    private URI base;

    /** The shared webapp's container, with the bcekit module for it or without. */
    protected abstract ServletContainer newContainer(boolean bcekitModule);

    /** The container's name in the table, e.g. "Tomcat 10.1". */
    protected abstract String containerName();

    /** The README table's column for this container (1 Jetty, 2 Tomcat). */
    protected abstract int readmeColumn();

    protected abstract Answer expected(EdgeRequest request);

    @BeforeAll
    void start() throws Exception {
        plain = newContainer(false);
        plainBase = plain.start(ServletContainer.testWebapp());
        withModule = newContainer(true);
        base = withModule.start(ServletContainer.testWebapp());
    }

    @AfterAll
    void stop() throws Exception {
        plain.close();
        withModule.close();
    }

    /** Runs last: each case's row in the README says, in this container's column, what it answered here. */
    @AfterAll
    void readmeTableSaysWhatTheContainerAnswered() throws Exception {
        List<String> readme = Files.readAllLines(readme());
        answers.forEach((name, answer) -> {
            String row = readme.stream().filter(line -> line.startsWith("| " + name + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("README has no container-edge row for " + name));
            assertThat(row.split("\\|")[readmeColumn() + 1].trim()).as("%s on %s", name, containerName()).isEqualTo(answer);
        });
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("servlet"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("io.bcekit.servlet.fixture.EdgeRequest#ALL")
    void answeredWithTheEnvelope(EdgeRequest request) throws Exception {
        RawHttp.Exchange without = RawHttp.exchange(plainBase, request.bytes(), 5000);
        RawHttp.Exchange with = RawHttp.exchange(base, request.bytes(), 5000);
        answers.put(request.name(), summary(without) + " → " + summary(with));

        Answer answer = expected(request);
        assertThat(with.statusLine()).startsWith("HTTP/1.1 " + answer.status());
        assertThat(with.header("connection")).as("the module keeps the container's Connection header")
                .isEqualTo(without.header("connection"));
        if (answer.code() == null) {
            return; // accepted and answered by the webapp
        }
        String id = with.header("x-bce-request-id");
        assertThat(id).matches(UUID_V4);
        assertThat(with.header("content-type")).isEqualTo("application/json;charset=utf-8");
        assertThat(with.header("content-length")).isEqualTo(String.valueOf(with.body().length()));
        assertThat(new String(with.body().getBytes(ISO_8859_1), UTF_8))
                .matches("\\{\"requestId\":\"" + id + "\",\"code\":\"" + answer.code() + "\",\"message\":\"[^\"]+\"}");
    }

    @Test
    void headHasNoBody() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "HEAD /v1/eip/%zz" + HEAD + "\r\n", 5000);

        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 400");
        assertThat(exchange.header("x-bce-request-id")).matches(UUID_V4);
        assertThat(exchange.header("content-type")).isEqualTo("application/json;charset=utf-8");
        assertThat(exchange.body()).isEmpty();
    }

    /** Answered inside the webapp: the filter's envelope and id, untouched by the module. */
    @Test
    void errorTheFilterAnsweredPassesUntouched() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "GET /v1/eip/9.9.9.9" + HEAD + "x-bce-request-id: gw-1\r\n\r\n", 5000);

        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 404");
        assertThat(exchange.header("x-bce-request-id")).isEqualTo("gw-1");
        assertThat(exchange.body()).isEqualTo(
                "{\"requestId\":\"gw-1\",\"code\":\"EipNotFound\",\"message\":\"The specified eip does not exist.\"}");
    }

    /** {@code 400, envelope InvalidURI}, {@code 400, text/html}, {@code 200, no body}, … */
    private static String summary(RawHttp.Exchange exchange) {
        String status = exchange.statusLine().replaceAll("^HTTP/1\\.1 (\\d+).*", "$1");
        String body = exchange.body();
        if (status.isEmpty()) {
            return "connection closed, no answer";
        }
        if (body.isEmpty()) {
            return status + ", no body";
        }
        if (body.startsWith("{\"requestId\"")) {
            return status + ", envelope " + body.replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
        }
        String type = exchange.header("content-type");
        return status + ", " + (type == null ? "body" : type.replaceAll(";.*", ""));
    }
}
