package io.bcekit.servlet;

import io.bcekit.servlet.fixture.JettyEe10Container;
import io.bcekit.servlet.fixture.ServletContainer;

/** Client faults on Jetty 12 ee10 (Servlet 6.0). */
class JettyEe10ClientFaultTest extends AbstractClientFaultContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe10Container();
    }
}
