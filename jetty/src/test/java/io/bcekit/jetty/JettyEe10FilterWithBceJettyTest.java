package io.bcekit.jetty;

import io.bcekit.servlet.fixture.JettyEe10Container;
import io.bcekit.servlet.AbstractFilterContractTest;
import io.bcekit.servlet.fixture.ServletContainer;

/** The filter contract still holds on Jetty 12 ee10 set up with {@link BceJetty#install}. */
class JettyEe10FilterWithBceJettyTest extends AbstractFilterContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe10Container(BceJetty::install);
    }
}
