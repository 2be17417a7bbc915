package io.bcekit.tomcat;

import io.bcekit.servlet.AbstractFilterContractTest;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;
import org.apache.catalina.core.StandardHost;

/** The filter contract still holds on Tomcat 10.1 with {@link BceErrorReportValve} on the host. */
class Tomcat10FilterWithValveTest extends AbstractFilterContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer(tomcat -> ((StandardHost) tomcat.getHost())
                .setErrorReportValveClass(BceErrorReportValve.class.getName()));
    }
}
