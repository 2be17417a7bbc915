package io.bcekit.jetty;

import io.bcekit.servlet.JsSdkSignatureJettyEe10Test;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.Server;

/**
 * JS SDK requests on Jetty 12 ee10 with a stock connector set up by {@link BceJetty#install}:
 * header values reach the application as sent, and every request verifies.
 */
class JsSdkSignatureJettyEe10WithBceJettyTest extends JsSdkSignatureJettyEe10Test {

    @Override
    protected void beforeStart(Server server) {
        BceJetty.install(server);
    }

    @Override
    protected Set<String> expectedSignatureMismatches() {
        return Set.of();
    }

    @Override
    protected List<String> linesAsSeen(List<String> sent) {
        return sent;
    }
}
