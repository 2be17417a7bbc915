package io.bcekit.samples;

import io.bcekit.jetty.BceJetty;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The test-only bce-auth-v1 webapp ({@code src/test/webapp-auth}: BceErrorFilter, then
 * BceAuthFilter configured by init-params, then an echo servlet) on Jetty 12 ee11, at context
 * path {@value #CONTEXT_PATH} on 127.0.0.1, set up like {@link SampleServer} (the same two
 * envelope error handlers) plus what the bce-auth-v1 suite needs of the container:
 * <ul>
 *   <li>a request-header limit of {@value #REQUEST_HEADER_BYTES} bytes, so a 100 KB
 *       {@code Authorization} reaches the filter instead of Jetty's 431;</li>
 *   <li>{@code %2F} in paths: Jetty refuses an encoded slash by default (as Servlet 6 asks);
 *       a service with such identifiers allows it in the URI compliance mode and lets the servlet
 *       layer decode it.</li>
 * </ul>
 */
final class AuthWebappServer implements AutoCloseable {

    static final String CONTEXT_PATH = "/bce";
    static final int REQUEST_HEADER_BYTES = 256 * 1024;

    private final Server server;
    private final URI endpoint;

    private AuthWebappServer(Server server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    static AuthWebappServer start() throws Exception {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        http.setUriCompliance(UriCompliance.DEFAULT.with("DEFAULT+AMBIGUOUS_PATH_SEPARATOR",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);

        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath(CONTEXT_PATH);
        webapp.setBaseResourceAsPath(Path.of("src/test/webapp-auth"));
        webapp.setParentLoaderPriority(true);
        webapp.setErrorHandler(new EnvelopeErrorPageHandler());
        webapp.setThrowUnavailableOnStartupException(true);
        webapp.getServletHandler().setDecodeAmbiguousURIs(true);
        server.setHandler(webapp);
        BceJetty.install(server);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new AuthWebappServer(server,
                URI.create("http://127.0.0.1:" + connector.getLocalPort() + CONTEXT_PATH));
    }

    /** The webapp's endpoint, context path included, no trailing slash. */
    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
