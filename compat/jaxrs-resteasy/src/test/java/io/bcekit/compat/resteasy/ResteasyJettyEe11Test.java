package io.bcekit.compat.resteasy;

import io.bcekit.jetty.ResetOnFailureAfterCommit;
import io.bcekit.jaxrs.AbstractJaxrsContractTest;
import io.bcekit.jaxrs.fixture.FixtureApplication;
import io.bcekit.servlet.BceErrorFilter;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;

/**
 * The RESTEasy leg: RESTEasy 7 (Jakarta REST 4.0) as {@code HttpServlet30Dispatcher} on Jetty 12
 * ee11 (Servlet 6.1), behind BceErrorFilter, with Bean Validation (Hibernate Validator).
 * RESTEasy's Jackson 2 provider registers an {@code ExceptionMapper<JsonProcessingException>} of
 * its own (a plain-text 400); the suite's Jackson-limit tests show BceFeature's outranks it.
 */
class ResteasyJettyEe11Test extends AbstractJaxrsContractTest {

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
        ServletHolder resteasy = new ServletHolder(HttpServlet30Dispatcher.class);
        resteasy.setInitParameter("jakarta.ws.rs.Application", FixtureApplication.class.getName());
        resteasy.setInitParameter("resteasy.servlet.mapping.prefix", "/api");
        resteasy.setAsyncSupported(true);
        context.addServlet(resteasy, "/api/*");
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
        return true;
    }
}
