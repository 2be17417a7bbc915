package io.bcekit.tomcat;

import io.bcekit.servlet.AbstractResetAfterCommitContractTest;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;
import org.apache.catalina.core.StandardHost;

/** The reset after a failure past commit on embedded Tomcat 10.1, {@link BceErrorReportValve} on the host. */
class Tomcat10ResetAfterCommitTest extends AbstractResetAfterCommitContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new TomcatContainer(tomcat -> ((StandardHost) tomcat.getHost())
                .setErrorReportValveClass(BceErrorReportValve.class.getName()));
    }
}
