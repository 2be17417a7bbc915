package io.bcekit.jetty;

import io.bcekit.core.config.BceErrorConfig;
import java.util.Objects;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * The one-line set-up of a Jetty 12 server for a BCE service: call {@link #install(Server)} after
 * adding the connectors and the handlers (contexts added later miss the attribute below), before
 * {@code start()}. It
 * <ul>
 *   <li>answers what Jetty rejects before any context runs with the envelope ({@link BceErrorHandler});</li>
 *   <li>keeps a rejected HEAD's answer header-only ({@link HeadKeepingHttpConnectionFactory} in
 *       place of each connector's HTTP/1.1 factory, set up as it was);</li>
 *   <li>hands the application header values exactly as the client sent them, so that a bce-auth-v1
 *       signature over them verifies ({@link HeadersAsSent});</li>
 *   <li>resets a connection whose response failed after commit ({@link ResetOnFailureAfterCommit}
 *       around the server's handler).</li>
 * </ul>
 */
public final class BceJetty {

    private BceJetty() {
    }

    /** {@link #install(Server, BceErrorConfig)} with {@link BceErrorConfig#defaults()}. */
    public static void install(Server server) {
        install(server, BceErrorConfig.defaults());
    }

    public static void install(Server server, BceErrorConfig config) {
        Objects.requireNonNull(server, "server");
        if (server.isStarted() || server.isStarting()) {
            throw new IllegalStateException("Install bcekit before the server starts");
        }
        server.setErrorHandler(new BceErrorHandler(config));
        HeadersAsSent.keep(server);
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null && !(http instanceof HeadKeepingHttpConnectionFactory)
                    && connector instanceof AbstractConnector settable) {
                settable.addConnectionFactory(headKeeping(http)); // replaces the factory of the same protocol
            }
        }
        Handler handler = server.getHandler();
        if (!(handler instanceof ResetOnFailureAfterCommit)) {
            server.setHandler(new ResetOnFailureAfterCommit(handler));
        }
    }

    /** A head-keeping factory set up as {@code http} is. */
    private static HeadKeepingHttpConnectionFactory headKeeping(HttpConnectionFactory http) {
        HeadKeepingHttpConnectionFactory headKeeping = new HeadKeepingHttpConnectionFactory(http.getHttpConfiguration());
        headKeeping.setInputBufferSize(http.getInputBufferSize());
        headKeeping.setUseInputDirectByteBuffers(http.isUseInputDirectByteBuffers());
        headKeeping.setUseOutputDirectByteBuffers(http.isUseOutputDirectByteBuffers());
        headKeeping.setTransferEncodingChunkMaxLength(http.getTransferEncodingChunkMaxLength());
        return headKeeping;
    }
}
