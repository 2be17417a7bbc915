package io.bcekit.compat.ee11;

import io.bcekit.jetty.ResetOnFailureAfterCommit;
import io.bcekit.servlet.AbstractResetAfterCommitContractTest;
import io.bcekit.servlet.fixture.ServletContainer;

/** The reset after a failure past commit on Jetty 12 ee11, the webapp wrapped in bcekit-jetty's handler. */
class JettyEe11ResetAfterCommitTest extends AbstractResetAfterCommitContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe11Container(server -> server.setHandler(new ResetOnFailureAfterCommit(server.getHandler())));
    }
}
