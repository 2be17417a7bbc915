package io.bcekit.compat.jersey4;

import io.bcekit.jaxrs.AbstractJaxrsContractTest;
import java.net.URI;

/** The JAX-RS contract on Jersey 4 as a servlet on Jetty 12 ee11, behind BceErrorFilter. */
class Jersey4JettyEe11Test extends AbstractJaxrsContractTest {

    private JettyWithJersey server;

    @Override
    protected URI start() throws Exception {
        server = new JettyWithJersey();
        return server.base().resolve("api/");
    }

    @Override
    protected void stop() throws Exception {
        server.close();
    }

    @Override
    protected boolean validatesBeans() {
        return true;
    }
}
