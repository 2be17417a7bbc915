package io.bcekit.servlet;

import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.AuthServlets;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The bce-auth-v1 suite on Jetty 12 ee10 (Servlet 6.0), filters registered in code
 * ({@code new BceAuthFilter(verifier, exclusions)}) at the root context.
 */
class JettyEe10AuthTest extends AbstractAuthContractTest implements AuthRejectionLogContract {

    private Server server;

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
        EnumSet<DispatcherType> dispatches = EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC);
        FilterHolder errors = new FilterHolder(new BceErrorFilter(io.bcekit.core.config.BceErrorConfig.defaults()));
        errors.setAsyncSupported(true);
        context.addFilter(errors, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        FilterHolder auth = new FilterHolder(new BceAuthFilter(AuthFixture.verifier(), List.of("/health")));
        auth.setAsyncSupported(true);
        context.addFilter(auth, "/*", dispatches);
        context.addServlet(AuthServlets.Echo.class, "/").setAsyncSupported(true);
        server.setHandler(context);
        server.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
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
