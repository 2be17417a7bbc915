package io.bcekit.compat.ee11;

import io.bcekit.servlet.fixture.ServletContainer;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Jetty 12 ee11 (Servlet 6.1) deploying the shared test webapp through WebAppContext and its web.xml. */
final class JettyEe11Container implements ServletContainer {

    private final Consumer<Server> setUp;
    private Server server;

    JettyEe11Container() {
        this(server -> { });
    }

    /** With {@code setUp} applied to the server, its connector and handler in place, before it starts. */
    JettyEe11Container(Consumer<Server> setUp) {
        this.setUp = setUp;
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
        server.setHandler(context);
        setUp.accept(server);
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
