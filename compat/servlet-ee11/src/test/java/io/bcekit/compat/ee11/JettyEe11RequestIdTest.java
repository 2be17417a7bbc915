package io.bcekit.compat.ee11;

import io.bcekit.servlet.AbstractRequestIdContractTest;
import io.bcekit.servlet.fixture.ServletContainer;

/** Request-id rules on Jetty 12 ee11 (Servlet 6.1), deployed from the shared web.xml. */
class JettyEe11RequestIdTest extends AbstractRequestIdContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe11Container();
    }

    @Override
    protected boolean acceptsFoldedHeaderLines() {
        return false;
    }
}
