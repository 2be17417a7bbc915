package io.bcekit.compat.ee11;

import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.jetty.BceJetty;
import io.bcekit.servlet.AbstractJsSdkSignatureTest;
import io.bcekit.servlet.BceAuthFilter;
import io.bcekit.servlet.BceErrorFilter;
import io.bcekit.servlet.fixture.AuthServlets;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** JS SDK requests on Jetty 12 ee11 set up by {@code BceJetty.install}: every request verifies. */
class JsSdkSignatureJettyEe11WithBceJettyTest extends AbstractJsSdkSignatureTest {

    private Server server;

    @Override
    protected URI startApplication(BceAuthVerifier verifier) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults())), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addFilter(new FilterHolder(new BceAuthFilter(verifier, List.of(HEADERS_PATH))), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(HeadersAsReceived.class, HEADERS_PATH);
        context.addServlet(AuthServlets.Echo.class, "/");
        server.setHandler(context);
        BceJetty.install(server);
        server.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    protected void stopApplication() throws Exception {
        server.stop();
    }
}
