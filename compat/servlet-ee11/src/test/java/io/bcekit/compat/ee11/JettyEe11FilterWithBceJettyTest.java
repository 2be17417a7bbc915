package io.bcekit.compat.ee11;

import io.bcekit.jetty.BceJetty;
import io.bcekit.servlet.AbstractFilterContractTest;
import io.bcekit.servlet.fixture.ServletContainer;

/** The filter contract still holds on Jetty 12 ee11 set up with bcekit-jetty's {@code BceJetty.install}. */
class JettyEe11FilterWithBceJettyTest extends AbstractFilterContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new JettyEe11Container(BceJetty::install);
    }
}
