package io.bcekit.jetty;

import io.bcekit.servlet.fixture.JettyEe10Container;
import io.bcekit.servlet.fixture.ServletContainer;

/** The container edge on Jetty 12 ee10. */
class JettyEe10EdgeTest extends AbstractJettyEdgeTest {

    @Override
    protected ServletContainer newContainer(boolean bcekitModule) {
        return new JettyEe10Container(bcekitModule ? BceJetty::install : server -> { });
    }

    @Override
    protected String containerName() {
        return "Jetty 12 ee10";
    }
}
