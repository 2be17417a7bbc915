package io.bcekit.compat.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.jaxrs.AbstractJaxrsContractTest;
import io.bcekit.jaxrs.fixture.FixtureApplication;
import java.net.URI;
import java.net.http.HttpResponse;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.jakarta.rs.json.JacksonJsonProvider;

/**
 * The JAX-RS contract on Jersey 4 on Grizzly with Jackson 3's Jakarta-RS provider reading and
 * writing JSON: every JSON failure is Jackson 3's, and answered as Jackson 2's are.
 *
 * <p>The provider's mapper keeps Jackson 3's defaults but one: the longest string it reads is set to
 * Jackson 2's 20,000,000 characters, which the contract's string-limit cases send one more of.
 * Jackson 3's own default, 100,000,000, would make each of those cases a 100 MB upload.
 */
class Jackson3GrizzlyTest extends AbstractJaxrsContractTest {

    private HttpServer server;

    @Override
    protected URI start() throws Exception {
        ResourceConfig application = ResourceConfig.forApplication(new FixtureApplication())
                .register(new JacksonJsonProvider(JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(20_000_000).build())
                        .build()).build()))
                .register(JsonProviderResource.class);
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application, true);
        int port = server.getListeners().iterator().next().getPort();
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    @Override
    protected void stop() {
        server.shutdownNow();
    }

    /** Jersey on Grizzly logs a failure while streaming and then ends the chunked body normally. */
    @Override
    protected boolean abortsAfterCommit() {
        return false;
    }

    @Override
    protected boolean handsBrokenBodiesToTheApplication() {
        return false;
    }

    @Override
    protected boolean validatesBeans() {
        return true;
    }

    @Test
    void jsonBodiesAreReadByJackson3sProviderWithNoJackson2AnyWhere() throws Exception {
        HttpResponse<byte[]> response = get("json-provider");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).isEqualTo(JacksonJsonProvider.class.getName());
        for (String absent : new String[] {"com.fasterxml.jackson.databind.ObjectMapper",
                "org.glassfish.jersey.jackson.JacksonFeature"}) {
            assertThatThrownBy(() -> Class.forName(absent)).isInstanceOf(ClassNotFoundException.class);
        }
    }
}
