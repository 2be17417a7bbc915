package io.bcekit.compat.ee11;

import io.bcekit.jetty.AbstractJettyEdgeTest;
import io.bcekit.jetty.BceJetty;
import io.bcekit.servlet.fixture.ServletContainer;

/** The container edge on Jetty 12 ee11. */
class JettyEe11EdgeTest extends AbstractJettyEdgeTest {

    @Override
    protected ServletContainer newContainer(boolean bcekitModule) {
        return bcekitModule ? new JettyEe11Container(BceJetty::install) : new JettyEe11Container();
    }

    @Override
    protected String containerName() {
        return "Jetty 12 ee11";
    }
}
