package io.bcekit.compat.ee11;

import io.bcekit.servlet.AbstractClientFaultContractTest;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;

/** Client faults on embedded Tomcat 11 (Servlet 6.1). */
class Tomcat11ClientFaultTest extends AbstractClientFaultContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer();
    }
}
