package io.bcekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.baidubce.BceClientConfiguration;
import com.baidubce.BceServiceException;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.services.eip.EipClient;
import com.baidubce.services.eip.model.CreateEipRequest;
import com.baidubce.services.eip.model.UnbindEipRequest;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.IdempotencyFixture;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.UUID;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The official BCE Java SDK against BceErrorFilter, BceAuthFilter and BceIdempotencyFilter on
 * Jetty: what a user of {@code EipClient} sees of clientToken idempotency, retries included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialSdkIdempotencyTest {

    private final IdempotencyFixture.CountingCreate create = new IdempotencyFixture.CountingCreate();
    private final IdempotencyFixture.CountingUpdate update = new IdempotencyFixture.CountingUpdate();
    private Server server;
    private EipClient eip;

    @BeforeAll
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        EnumSet<DispatcherType> request = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults())), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addFilter(new FilterHolder(new BceAuthFilter(AuthFixture.verifier())), "/*", request);
        context.addFilter(new FilterHolder(new BceIdempotencyFilter(
                IdempotencyGuard.builder(InMemoryIdempotencyStore.withDefaults()).build(), 64 * 1024)), "/*", request);
        context.addFilter(new FilterHolder(new IdempotencyFixture.FailFirst("unbind")), "/*", request);
        context.addServlet(new ServletHolder(create), "/v1/eip");
        context.addServlet(new ServletHolder(update), "/v1/eip/*");
        server.setHandler(context);
        server.start();
        // The SDK's default retry policy: 5xx are retried with the same clientToken.
        eip = new EipClient(new BceClientConfiguration()
                .withEndpoint("http://127.0.0.1:" + connector.getLocalPort())
                .withCredentials(new DefaultBceCredentials(AuthFixture.ALICE_AK, AuthFixture.ALICE_SK)));
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void createEipTwiceWithOneTokenCreatesOneEip() {
        create.runs.set(0);
        String token = UUID.randomUUID().toString();

        String first = eip.createEip(new CreateEipRequest().withBandwidthInMbps(1).withClientToken(token)).getEip();
        String again = eip.createEip(new CreateEipRequest().withBandwidthInMbps(1).withClientToken(token)).getEip();

        assertThat(first).isEqualTo("10.0.0.1");
        assertThat(again).isEqualTo(first);
        assertThat(create.runs).hasValue(1);
    }

    @Test
    void theSameTokenWithAnotherBandwidthIsIdempotentParameterMismatch() {
        String token = UUID.randomUUID().toString();
        eip.createEip(new CreateEipRequest().withBandwidthInMbps(1).withClientToken(token));

        BceServiceException mismatch = catchThrowableOfType(BceServiceException.class,
                () -> eip.createEip(new CreateEipRequest().withBandwidthInMbps(2).withClientToken(token)));

        assertThat(mismatch.getStatusCode()).isEqualTo(403);
        assertThat(mismatch.getErrorCode()).isEqualTo("IdempotentParameterMismatch");
        assertThat(mismatch.getErrorMessage())
                .isEqualTo("The request uses the same client token as a previous, but non-identical request.");
        assertThat(mismatch.getRequestId()).matches(AbstractFilterContractTest.UUID_V4);
    }

    /** The first attempt is answered 503 before the operation; the SDK retries with the same token. */
    @Test
    void aBodylessPutRetriedAfterA503RunsOnce() {
        update.runs.set(0);

        eip.unbindEip(new UnbindEipRequest().withEip("1.2.3.4").withClientToken(UUID.randomUUID().toString()));

        assertThat(update.runs).hasValue(1);
    }
}
