package io.bcekit.jetty;

import io.bcekit.servlet.fixture.JettyEe10Container;
import io.bcekit.servlet.AbstractResetAfterCommitContractTest;
import io.bcekit.servlet.fixture.ServletContainer;

/** The reset after a failure past commit on Jetty 12 ee10, the webapp wrapped in {@link ResetOnFailureAfterCommit}. */
class JettyEe10ResetAfterCommitTest extends AbstractResetAfterCommitContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe10Container(server -> server.setHandler(new ResetOnFailureAfterCommit(server.getHandler())));
    }
}
