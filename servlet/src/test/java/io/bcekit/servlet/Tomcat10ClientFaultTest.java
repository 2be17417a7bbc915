package io.bcekit.servlet;

import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;

/** Client faults on embedded Tomcat 10.1 (Servlet 6.0). */
class Tomcat10ClientFaultTest extends AbstractClientFaultContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer();
    }
}
