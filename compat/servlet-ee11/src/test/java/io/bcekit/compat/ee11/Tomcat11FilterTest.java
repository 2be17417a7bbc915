package io.bcekit.compat.ee11;

import io.bcekit.servlet.AbstractFilterContractTest;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;

/** The filter contract on embedded Tomcat 11 (Servlet 6.1), deployed from the shared web.xml. */
class Tomcat11FilterTest extends AbstractFilterContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer();
    }
}
