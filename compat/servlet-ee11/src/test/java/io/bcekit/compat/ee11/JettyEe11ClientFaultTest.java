package io.bcekit.compat.ee11;

import io.bcekit.servlet.AbstractClientFaultContractTest;
import io.bcekit.servlet.fixture.ServletContainer;

/** Client faults on Jetty 12 ee11 (Servlet 6.1). */
class JettyEe11ClientFaultTest extends AbstractClientFaultContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe11Container();
    }
}
