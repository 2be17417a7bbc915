package io.bcekit.compat.jersey4;

import io.bcekit.jetty.ResetOnFailureAfterCommit;
import io.bcekit.jaxrs.fixture.FixtureApplication;
import io.bcekit.servlet.BceErrorFilter;
import io.bcekit.servlet.fixture.FixtureServlets;
import io.bcekit.servlet.fixture.SameFailuresServlet;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jetty 12 ee11 with BceErrorFilter on {@code /*}, Jersey 4 serving the fixture application at
 * {@code /api/*}, and the servlet fixture's plain servlets at {@code /v1/eip/*}, {@code /fail/*} and
 * {@code /same/*}, so one failure can be compared across the servlet-only and the JAX-RS path.
 */
final class JettyWithJersey implements AutoCloseable {

    private final Server server = new Server();
    private final URI base;

    JettyWithJersey() throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        FilterHolder filter = new FilterHolder(BceErrorFilter.class);
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        ServletHolder jersey = new ServletHolder(new ServletContainer(ResourceConfig.forApplication(new FixtureApplication())));
        jersey.setAsyncSupported(true);
        context.addServlet(jersey, "/api/*");
        context.addServlet(FixtureServlets.Eip.class, "/v1/eip/*");
        context.addServlet(FixtureServlets.Fail.class, "/fail/*");
        context.addServlet(SameFailuresServlet.class, "/same/*");
        server.setHandler(new ResetOnFailureAfterCommit(context));
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    /** The server root: {@code api/} is the JAX-RS application, the rest plain servlets. */
    URI base() {
        return base;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
