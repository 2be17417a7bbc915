package io.bcekit.jetty;

import io.bcekit.servlet.AbstractResetAfterCommitContractTest;
import io.bcekit.servlet.fixture.ServletContainer;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The reset after a failure past commit on Jetty 12 ee10, the webapp wrapped in {@link ResetOnFailureAfterCommit}. */
class JettyEe10ResetAfterCommitTest extends AbstractResetAfterCommitContractTest {

    @Override
    protected ServletContainer newContainer() {
        return new ServletContainer() {
            private Server server;

            @Override
            public URI start(Path webapp) throws Exception {
                server = new Server();
                ServerConnector connector = new ServerConnector(server);
                connector.setHost("127.0.0.1");
                connector.setPort(0);
                server.addConnector(connector);
                WebAppContext context = new WebAppContext();
                context.setContextPath("/");
                context.setBaseResourceAsPath(webapp);
                context.setParentLoaderPriority(true);
                server.setHandler(new ResetOnFailureAfterCommit(context));
                server.start();
                return URI.create("http://127.0.0.1:" + connector.getLocalPort());
            }

            @Override
            public void close() throws Exception {
                server.stop();
            }
        };
    }
}
