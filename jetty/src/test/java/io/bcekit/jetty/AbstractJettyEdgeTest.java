package io.bcekit.jetty;

import io.bcekit.servlet.AbstractContainerEdgeTest;
import io.bcekit.servlet.fixture.EdgeRequest;

/** The container edge on Jetty 12, set up with {@link BceJetty#install}. */
public abstract class AbstractJettyEdgeTest extends AbstractContainerEdgeTest {

    @Override
    protected int readmeColumn() {
        return 1;
    }

    @Override
    protected Answer expected(EdgeRequest request) {
        return switch (request.name()) {
            case "bad percent-encoding", "encoded NUL", "encoded slash", "dot segment above the root" ->
                    new Answer(400, "InvalidURI");
            case "64 KB header line" -> new Answer(431, "RequestHeaderTooLarge");
            case "16 KB request line" -> new Answer(414, "RequestURITooLong");
            case "HTTP/1.7" -> new Answer(505, "HTTPVersionNotSupported");
            case "200 headers" -> new Answer(404, "EipNotFound"); // Jetty has no header count limit: the filter answers
            default -> new Answer(400, "InvalidHTTPRequest");
        };
    }
}
