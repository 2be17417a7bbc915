package io.bcekit.jaxrs;

import io.bcekit.jetty.ResetOnFailureAfterCommit;
import io.bcekit.jaxrs.fixture.FixtureApplication;
import io.bcekit.servlet.BceErrorFilter;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/** The EE 10 leg: Jersey 3.1 as a servlet on Jetty ee10 (Servlet 6.0, Jakarta REST 3.1), behind BceErrorFilter. */
class Jersey3JettyEe10Test extends AbstractJaxrsContractTest {

    private Server server;

    @Override
    protected URI start() throws Exception {
        server = new Server();
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
        server.setHandler(new ResetOnFailureAfterCommit(context));
        server.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/");
    }

    @Override
    protected void stop() throws Exception {
        server.stop();
    }

    @Override
    protected boolean validatesBeans() {
        return false;
    }
}
