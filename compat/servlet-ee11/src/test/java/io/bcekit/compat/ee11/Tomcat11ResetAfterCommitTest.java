package io.bcekit.compat.ee11;

import io.bcekit.servlet.AbstractResetAfterCommitContractTest;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;
import io.bcekit.tomcat.BceErrorReportValve;
import org.apache.catalina.core.StandardHost;

/** The reset after a failure past commit on embedded Tomcat 11, bcekit-tomcat's valve on the host. */
class Tomcat11ResetAfterCommitTest extends AbstractResetAfterCommitContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer(tomcat -> ((StandardHost) tomcat.getHost())
                .setErrorReportValveClass(BceErrorReportValve.class.getName()));
    }
}
