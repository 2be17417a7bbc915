package io.bcekit.compat.jersey4;

import io.bcekit.jaxrs.AbstractJaxrsContractTest;
import io.bcekit.jaxrs.fixture.FixtureApplication;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The JAX-RS contract on Jersey 4 on Grizzly: no servlet container, BceFeature alone assigns the ids. */
class Jersey4GrizzlyTest extends AbstractJaxrsContractTest {

    private HttpServer server;

    @Override
    protected URI start() throws Exception {
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                ResourceConfig.forApplication(new FixtureApplication()), true);
        int port = server.getListeners().iterator().next().getPort();
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    @Override
    protected void stop() {
        server.shutdownNow();
    }

    /** Jersey on Grizzly logs a failure while streaming and then ends the chunked body normally. */
    @Override
    protected boolean abortsAfterCommit() {
        return false;
    }

    @Override
    protected boolean handsBrokenBodiesToTheApplication() {
        return false;
    }

    @Override
    protected boolean validatesBeans() {
        return true;
    }
}
