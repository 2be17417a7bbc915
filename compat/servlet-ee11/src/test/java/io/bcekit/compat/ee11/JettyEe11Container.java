package io.bcekit.compat.ee11;

import io.bcekit.servlet.fixture.ServletContainer;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Jetty 12 ee11 (Servlet 6.1) deploying the shared test webapp through WebAppContext and its web.xml. */
final class JettyEe11Container implements ServletContainer {

    private final UnaryOperator<Handler> wrap;
    private Server server;

    JettyEe11Container() {
        this(UnaryOperator.identity());
    }

    /** With the webapp wrapped in {@code wrap}'s handler. */
    JettyEe11Container(UnaryOperator<Handler> wrap) {
        this.wrap = wrap;
    }

    @Override
    public URI start(Path webapp) throws Exception {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setIdleTimeout(ServletContainer.IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResourceAsPath(webapp);
        context.setParentLoaderPriority(true);
        server.setHandler(wrap.apply(context));
        server.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.stop();
        }
    }
}
