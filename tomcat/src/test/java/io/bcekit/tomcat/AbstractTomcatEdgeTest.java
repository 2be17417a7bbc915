package io.bcekit.tomcat;

import io.bcekit.servlet.AbstractContainerEdgeTest;
import io.bcekit.servlet.fixture.EdgeRequest;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;
import org.apache.catalina.core.StandardHost;

/** The container edge on Tomcat, {@link BceErrorReportValve} as the host's error report valve. */
public abstract class AbstractTomcatEdgeTest extends AbstractContainerEdgeTest {

    @Override
    protected ServletContainer newContainer(boolean bcekitModule) {
        return bcekitModule ? new TomcatContainer(tomcat -> ((StandardHost) tomcat.getHost())
                .setErrorReportValveClass(BceErrorReportValve.class.getName())) : new TomcatContainer();
    }

    /** Tomcat answers 400 where Jetty has a closer status (414, 431), and lets more reach the webapp. */
    @Override
    protected int readmeColumn() {
        return 2;
    }

    @Override
    protected Answer expected(EdgeRequest request) {
        return switch (request.name()) {
            case "bad percent-encoding", "encoded NUL", "encoded slash", "dot segment above the root" ->
                    new Answer(400, "InvalidURI");
            case "HTTP/1.7" -> new Answer(505, "HTTPVersionNotSupported");
            case "200 headers" -> new Answer(400, "InvalidHTTPRequest"); // over maxHeaderCount (100)
            // chunked wins and the length is ignored (RFC 9112 allows it): the servlet reads an empty body
            case "Content-Length with Transfer-Encoding" -> new Answer(200, null);
            case "unsupported Transfer-Encoding" -> new Answer(501, "NotImplemented");
            default -> new Answer(400, "InvalidHTTPRequest");
        };
    }
}
