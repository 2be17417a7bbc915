package io.bcekit.servlet;

import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;

/** The contract on embedded Tomcat 10.1 (Servlet 6.0), deployed from the shared web.xml. */
class Tomcat10FilterTest extends AbstractFilterContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer();
    }
}
