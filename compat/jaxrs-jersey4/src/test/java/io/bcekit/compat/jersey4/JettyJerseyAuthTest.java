package io.bcekit.compat.jersey4;

import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.jaxrs.BceAuthRequestFilter;
import io.bcekit.jaxrs.BceFeature;
import io.bcekit.servlet.AbstractAuthContractTest;
import io.bcekit.servlet.AuthRejectionLogContract;
import io.bcekit.servlet.BceAuthFilter;
import io.bcekit.servlet.BceErrorFilter;
import io.bcekit.servlet.fixture.AuthFixture;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The bce-auth-v1 suite on Jersey 4 as a servlet on Jetty 12 ee11, behind BceErrorFilter and
 * BceAuthFilter: the servlet filter verifies, and the application's BceAuthRequestFilter reuses its
 * principal. That filter is given a verifier that knows no key at all, so any second check would
 * fail as {@code InvalidAccessKeyId}: every passing request proves there was only one.
 */
class JettyJerseyAuthTest extends AbstractAuthContractTest implements AuthRejectionLogContract {

    private Server server;

    /** Whether BceAuthFilter is installed; without it BceAuthRequestFilter verifies (with the real keys). */
    boolean servletFilterVerifies() {
        return true;
    }

    @Override
    protected URI startApplication() throws Exception {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(256 * 1024); // a 100 KB Authorization reaches the filter
        http.setUriCompliance(UriCompliance.DEFAULT.with("DEFAULT+AMBIGUOUS_PATH_SEPARATOR",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR)); // %2F in paths
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        context.getServletHandler().setDecodeAmbiguousURIs(true);
        FilterHolder errors = new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults()));
        errors.setAsyncSupported(true);
        context.addFilter(errors, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        BceAuthVerifier jaxrsVerifier = AuthFixture.verifier();
        if (servletFilterVerifies()) {
            // Servlet exclusions are relative to the context; JAX-RS ones to the application.
            FilterHolder auth = new FilterHolder(new BceAuthFilter(AuthFixture.verifier(), List.of("/api/health")));
            auth.setAsyncSupported(true);
            context.addFilter(auth, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
            jaxrsVerifier = BceAuthVerifier.builder(accessKeyId -> Optional.empty()).build(); // knows no key
        }
        ResourceConfig application = new ResourceConfig()
                .register(new BceFeature())
                .register(new BceAuthRequestFilter(jaxrsVerifier, List.of("/health")))
                .register(AuthEchoResource.class);
        ServletHolder jersey = new ServletHolder(new ServletContainer(application));
        jersey.setAsyncSupported(true);
        context.addServlet(jersey, "/api/*");
        server.setHandler(context);
        server.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api");
    }

    @Override
    protected void stopApplication() throws Exception {
        server.stop();
    }

    @Override
    public HttpResponse<byte[]> getUnsigned() throws Exception {
        return get("/v1/eip", Map.of());
    }
}
