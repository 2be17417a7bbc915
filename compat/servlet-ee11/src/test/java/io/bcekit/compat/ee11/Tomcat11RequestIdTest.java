package io.bcekit.compat.ee11;

import io.bcekit.servlet.AbstractRequestIdContractTest;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;

/** Request-id rules on embedded Tomcat 11 (Servlet 6.1), deployed from the shared web.xml. */
class Tomcat11RequestIdTest extends AbstractRequestIdContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer();
    }

    @Override
    protected boolean acceptsFoldedHeaderLines() {
        return true;
    }
}
