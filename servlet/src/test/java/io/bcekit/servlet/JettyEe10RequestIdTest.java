package io.bcekit.servlet;

import io.bcekit.servlet.fixture.JettyEe10Container;
import io.bcekit.servlet.fixture.ServletContainer;

/** Request-id rules on Jetty 12 ee10. */
class JettyEe10RequestIdTest extends AbstractRequestIdContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe10Container();
    }

    @Override
    protected boolean acceptsFoldedHeaderLines() {
        return false;
    }
}
