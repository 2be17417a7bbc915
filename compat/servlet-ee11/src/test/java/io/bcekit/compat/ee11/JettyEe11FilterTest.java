package io.bcekit.compat.ee11;

import io.bcekit.servlet.AbstractFilterContractTest;
import io.bcekit.servlet.fixture.ServletContainer;

/** The filter contract on Jetty 12 ee11 (Servlet 6.1), deployed from the shared web.xml. */
class JettyEe11FilterTest extends AbstractFilterContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe11Container();
    }
}
