package io.bcekit.servlet;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.ErrorCode;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.requestid.RequestIdPolicy;
import io.bcekit.core.translation.FailureTranslator;
import io.bcekit.core.translation.TranslationRules;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.NoSuchElementException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registering the filter in code and through init-params, with a service's own codes and exception types. */
class BceErrorFilterSetupTest {

    /** A service's own catalogue, treated like the seed's. */
    enum StorageErrors implements ErrorCode {
        NO_SUCH_KEY("NoSuchKey", 404, "The resource you requested does not exist");

        private final String code;
        private final int status;
        private final String message;

        StorageErrors(String code, int status, String message) {
            this.code = code;
            this.status = status;
            this.message = message;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public int httpStatus() {
            return status;
        }

        @Override
        public String defaultMessage() {
            return message;
        }
    }

    /** Rules named in an init-param: the JDK's NoSuchElementException means NoSuchKey in this service. */
    public static final class StorageRules implements TranslationRules {
        @Override
        public void addTo(FailureTranslator.Builder translator) {
            translator.map(NoSuchElementException.class, StorageErrors.NO_SUCH_KEY);
        }
    }

    public static final class MissingKeyServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new NoSuchElementException("key photos/cat.png");
        }
    }

    /** Answers through the async context's response: without error pages only our wrapper can catch it. */
    public static final class AsyncRejectingServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            AsyncContext async = request.startAsync();
            async.start(() -> {
                try {
                    ((HttpServletResponse) async.getResponse()).sendError(429);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                async.complete();
            });
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private Server server;

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private URI start(FilterHolder filter) throws Exception {
        return start(filter, "/");
    }

    private URI start(FilterHolder filter, String contextPath) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(contextPath);
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        context.addServlet(MissingKeyServlet.class, "/keys/*");
        context.addServlet(MissingKeyServlet.class, "/v1/*");
        context.addServlet(AsyncRejectingServlet.class, "/async").setAsyncSupported(true);
        server.setHandler(context);
        server.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    private HttpResponse<byte[]> get(URI base, String incomingId) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/keys/cat")).header("x-bce-request-id", incomingId)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void filterConfiguredInCodeUsesItsRulesAndPolicy() throws Exception {
        BceErrorConfig config = BceErrorConfig.defaults()
                .withRequestIdPolicy(RequestIdPolicy.ALWAYS_GENERATE)
                .withTranslator(FailureTranslator.builder().apply(new StorageRules()).build());
        URI base = start(new FilterHolder(new BceErrorFilter(config)));
        String id = assertEnvelope(get(base, "gateway-id-1"), 404, "NoSuchKey",
                "The resource you requested does not exist");
        assertThat(id).matches(UUID_V4);
    }

    @Test
    void filterConfiguredByInitParamsUsesItsRulesAndPolicy() throws Exception {
        FilterHolder filter = new FilterHolder(BceErrorFilter.class);
        filter.setInitParameters(Map.of("translation-rules", StorageRules.class.getName(),
                "request-id-policy", "accept-valid"));
        URI base = start(filter);
        assertThat(assertEnvelope(get(base, "gateway-id-1"), 404, "NoSuchKey",
                "The resource you requested does not exist")).isEqualTo("gateway-id-1");
    }

    @Test
    void asyncContextResponseIsTheCapturingOneWithoutAnyErrorPage() throws Exception {
        URI base = start(new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults())));
        assertEnvelope(http.send(HttpRequest.newBuilder(base.resolve("/async")).build(),
                HttpResponse.BodyHandlers.ofByteArray()), 429, "TooManyRequests",
                "Too many requests. Please slow down and try again later.");
    }

    @Test
    void aPathNamingAnUnservedApiVersionAfterTheContextPathIsInvalidVersion() throws Exception {
        FilterHolder filter = new FilterHolder(BceErrorFilter.class);
        filter.setInitParameters(Map.of("api-versions", "v1", "translation-rules", StorageRules.class.getName()));
        URI base = start(filter, "/svc");

        assertEnvelope(send(base.resolve("/svc/v9/keys/cat")), 404, "InvalidVersion", "The API version specified was invalid.");
        assertEnvelope(send(base.resolve("/svc/v2")), 404, "InvalidVersion", "The API version specified was invalid.");
        assertEnvelope(send(base.resolve("/svc/v1/keys/cat")), 404, "NoSuchKey", "The resource you requested does not exist");
        assertEnvelope(send(base.resolve("/svc/keys/cat")), 404, "NoSuchKey", "The resource you requested does not exist");
        assertEnvelope(send(base.resolve("/svc/vx/cat")), 400, "InvalidURI", "Could not parse the specified URI.");
    }

    @Test
    void badApiVersionsInitParamStopsTheFilterFromStarting() {
        FilterHolder filter = new FilterHolder(BceErrorFilter.class);
        filter.setInitParameter("api-versions", "1");
        assertThatThrownBy(() -> start(filter)).hasStackTraceContaining("Bad api-versions: Bad API version '1'");
    }

    private HttpResponse<byte[]> send(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void unknownInitParamStopsTheFilterFromStarting() {
        FilterHolder filter = new FilterHolder(BceErrorFilter.class);
        filter.setInitParameter("request-id-polcy", "accept-valid");
        assertThatThrownBy(() -> start(filter)).hasStackTraceContaining("Unknown bcekit parameter 'request-id-polcy'");
    }

    @Test
    void filterConfiguredInCodeRejectsInitParams() {
        FilterHolder filter = new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults()));
        filter.setInitParameter("mdc-key", "rid");
        assertThatThrownBy(() -> start(filter)).hasStackTraceContaining("it takes no init-params");
    }
}
