package io.bcekit.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.benchmarks.load.LoadServer.Config;
import io.bcekit.core.ErrorEnvelope;
import io.bcekit.core.catalogue.GlobalErrors;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.embedded.RedisServer;

/** The load servers answer wrk's requests as load.sh and docs/performance.md say they do. */
class LoadServerTest {

    private static final String OK_BODY = "{\"eip\":\"180.76.1.2\",\"status\":\"available\",\"bandwidthInMbps\":100}";

    private static final String CREATE_BODY = "{\"bandwidthInMbps\":1,\"billing\":{\"paymentTiming\":\"Postpaid\"}}";

    private Server server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Config.class, mode = EnumSource.Mode.EXCLUDE, names = {"CREATE", "CREATE_IDEMPOTENT_IN_MEMORY",
        "CREATE_IDEMPOTENT_REDIS"})
    void successEndpointAnswersTheEipAsJson(Config config) throws Exception {
        WrkLikeRequest.Response response = get(config, "/v1/eip/180.76.1.2");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body()).isEqualTo(OK_BODY);
        assertThat(response.header("x-bce-request-id") != null)
                .isEqualTo(withBcekit(config) || config == Config.SERVLET_HAND_WRITTEN_REQUEST_ID);
    }

    @ParameterizedTest
    @EnumSource(value = Config.class, names = {"SERVLET_BCEKIT", "JERSEY_BCEKIT", "JERSEY_BCEKIT_AUTH"})
    void errorEndpointWithBcekitAnswersTheEnvelope(Config config) throws Exception {
        WrkLikeRequest.Response response = get(config, "/v1/eip/10.0.0.9");

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertEnvelope(response, "EipNotFound", "The specified eip does not exist.");
    }

    @ParameterizedTest
    @EnumSource(value = Config.class, names = {"SERVLET", "JERSEY", "SERVLET_PASS_THROUGH_FILTER",
        "SERVLET_HAND_WRITTEN_REQUEST_ID"})
    void errorEndpointWithoutBcekitAnswersTheContainersNotFound(Config config) throws Exception {
        WrkLikeRequest.Response response = get(config, "/v1/eip/10.0.0.9");

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.header("Content-Type")).doesNotStartWith("application/json");
        assertThat(response.header("x-bce-request-id") != null)
                .isEqualTo(config == Config.SERVLET_HAND_WRITTEN_REQUEST_ID);
    }

    @Test
    void authConfigurationRefusesAnUnsignedRequest() throws Exception {
        server = LoadServer.start(Config.JERSEY_BCEKIT_AUTH, 0);
        WrkLikeRequest.Response response = WrkLikeRequest.get(LoadServer.port(server), "/v1/eip/180.76.1.2", Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertEnvelope(response, "InvalidHTTPAuthHeader", GlobalErrors.INVALID_HTTP_AUTH_HEADER.defaultMessage());
    }

    @Test
    void createWithoutGuardRunsEveryRequest() throws Exception {
        server = LoadServer.start(Config.CREATE, 0);

        assertThat(create("/v1/eip?clientToken=t1").body()).isEqualTo("{\"eip\":\"100.64.0.1\"}");
        assertThat(create("/v1/eip?clientToken=t1").body()).isEqualTo("{\"eip\":\"100.64.0.2\"}");
        WrkLikeRequest.Response tooWide = WrkLikeRequest.post(LoadServer.port(server), "/v1/eip", "{\"bandwidthInMbps\":500}");
        assertThat(tooWide.status()).isEqualTo(400);
        assertEnvelope(tooWide, "InappropriateJSON", GlobalErrors.INAPPROPRIATE_JSON.defaultMessage());
    }

    @Test
    void createInMemoryReplaysARepeatedToken() throws Exception {
        server = LoadServer.start(Config.CREATE_IDEMPOTENT_IN_MEMORY, 0);

        assertRunsOncePerToken();
    }

    @Test
    void createOnRedisReplaysARepeatedToken() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
        redis.start();
        String before = System.setProperty("bcekit.redis.uri", "redis://127.0.0.1:" + port);
        try {
            server = LoadServer.start(Config.CREATE_IDEMPOTENT_REDIS, 0);
            assertRunsOncePerToken();
        } finally {
            if (before == null) {
                System.clearProperty("bcekit.redis.uri");
            } else {
                System.setProperty("bcekit.redis.uri", before);
            }
            server.stop();
            server = null;
            redis.stop();
        }
    }

    @Test
    void configurationsAreNamedByLetterOrName() {
        assertThat(Config.parse("a")).isEqualTo(Config.SERVLET);
        assertThat(Config.parse("jersey-bcekit")).isEqualTo(Config.JERSEY_BCEKIT);
        assertThat(Config.JERSEY_BCEKIT.letter()).isEqualTo("d");
        assertThat(Config.parse("e")).isEqualTo(Config.JERSEY_BCEKIT_AUTH);
        assertThat(Config.parse("g")).isEqualTo(Config.SERVLET_HAND_WRITTEN_REQUEST_ID);
        assertThat(Config.parse("j")).isEqualTo(Config.CREATE_IDEMPOTENT_REDIS);
    }

    /** A retry with the first token gets the first answer under its own id; a new token runs again. */
    private void assertRunsOncePerToken() throws Exception {
        WrkLikeRequest.Response first = create("/v1/eip?clientToken=t1");
        WrkLikeRequest.Response retry = create("/v1/eip?clientToken=t1");
        WrkLikeRequest.Response other = create("/v1/eip?clientToken=t2");

        assertThat(first.body()).isEqualTo("{\"eip\":\"100.64.0.1\"}");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("x-bce-request-id")).isNotEqualTo(first.header("x-bce-request-id")).isNotNull();
        assertThat(other.body()).isEqualTo("{\"eip\":\"100.64.0.2\"}");
    }

    private WrkLikeRequest.Response create(String path) throws Exception {
        WrkLikeRequest.Response response = WrkLikeRequest.post(LoadServer.port(server), path, CREATE_BODY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response;
    }

    /** A GET as wrk sends it; signed as load.sh signs it for the configuration that verifies. */
    private WrkLikeRequest.Response get(Config config, String path) throws Exception {
        if (server == null) {
            server = LoadServer.start(config, 0);
        }
        int port = LoadServer.port(server);
        Map<String, String> headers = config == Config.JERSEY_BCEKIT_AUTH
                ? Map.of("Authorization", LoadServer.authorization(port, path, Instant.now())) : Map.of();
        return WrkLikeRequest.get(port, path, headers);
    }

    private static void assertEnvelope(WrkLikeRequest.Response response, String code, String message) {
        String requestId = response.header("x-bce-request-id");
        assertThat(response.body().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(new ErrorEnvelope(requestId, code, message).toJson());
    }

    private static boolean withBcekit(Config config) {
        return config == Config.SERVLET_BCEKIT || config == Config.JERSEY_BCEKIT || config == Config.JERSEY_BCEKIT_AUTH;
    }
}
