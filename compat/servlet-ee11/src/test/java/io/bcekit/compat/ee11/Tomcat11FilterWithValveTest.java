package io.bcekit.compat.ee11;

import io.bcekit.servlet.AbstractFilterContractTest;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;
import io.bcekit.tomcat.BceErrorReportValve;
import org.apache.catalina.core.StandardHost;

/** The filter contract still holds on Tomcat 11 with bcekit-tomcat's valve on the host. */
class Tomcat11FilterWithValveTest extends AbstractFilterContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer(tomcat -> ((StandardHost) tomcat.getHost())
                .setErrorReportValveClass(BceErrorReportValve.class.getName()));
    }
}
