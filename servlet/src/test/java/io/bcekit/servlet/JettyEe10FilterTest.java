package io.bcekit.servlet;

import io.bcekit.servlet.fixture.JettyEe10Container;
import io.bcekit.servlet.fixture.ServletContainer;

/** The contract on Jetty 12 ee10 (Servlet 6.0), deployed from the shared web.xml. */
class JettyEe10FilterTest extends AbstractFilterContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe10Container();
    }
}
