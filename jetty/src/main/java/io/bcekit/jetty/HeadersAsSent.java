package io.bcekit.jetty;

import io.bcekit.core.internal.Attributes;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;

/**
 * Makes Jetty hand header values to the application exactly as the client sent them. Jetty's HTTP
 * parser looks common header lines up in a cache that ignores letter case and hands over its own
 * spelling (12.0 turns {@code charset=utf-8} into {@code UTF-8}, 12.1 the other way round), so a
 * bce-auth-v1 signature computed over the client's text fails. Uses only API that Jetty 12.0 and
 * 12.1 share, for embedded servers that cannot take all of {@link BceJetty#install}.
 */
public final class HeadersAsSent {

    private HeadersAsSent() {
    }

    /**
     * A case-sensitive header cache on every HTTP/1.1 connector of {@code server}, and on each of its
     * contexts the attribute {@code io.bcekit.headersAsSent} that tells BceAuthFilter so (a servlet
     * context does not see server attributes). Call it once connectors and contexts are in place.
     */
    public static void keep(Server server) {
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
            }
        }
        server.getDescendants(ContextHandler.class).forEach(context -> context.setAttribute(Attributes.HEADERS_AS_SENT, true));
    }
}
