package io.bcekit.servlet;

import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;

/** Request-id rules on embedded Tomcat 10.1. */
class Tomcat10RequestIdTest extends AbstractRequestIdContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer();
    }

    @Override
    protected boolean acceptsFoldedHeaderLines() {
        return true;
    }
}
