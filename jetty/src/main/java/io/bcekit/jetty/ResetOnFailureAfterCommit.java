package io.bcekit.jetty;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a failure after commit reach the client as a reset connection, whatever the framing.
 *
 * <p>Why: once the status line is sent, a failure can only be signalled by the connection. A
 * chunked body without its last chunk, or fewer bytes than {@code Content-Length}, already tells
 * the client. But a body that ends where the connection ends (HTTP/1.0, or HTTP/1.1 with
 * {@code Connection: close}) looks complete when Jetty closes the connection normally after the
 * failure. This wrapper sees the request fail ({@code BceErrorFilter} hands such failures back to
 * the container) and sets {@code SO_LINGER} to 0 first, so the close is a reset and the client's
 * read fails.
 *
 * <p>Only HTTP/1.x connections are reset: on HTTP/2 and HTTP/3 a failed stream is reset by the
 * protocol on its own, and the connection carries other requests. Wrap the server's handler:
 * {@code server.setHandler(new ResetOnFailureAfterCommit(webapp))}.
 */
public class ResetOnFailureAfterCommit extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(ResetOnFailureAfterCommit.class);

    public ResetOnFailureAfterCommit() {
    }

    public ResetOnFailureAfterCommit(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void failed(Throwable failure) {
                if (response.isCommitted()) {
                    resetOnClose(request);
                }
                super.failed(failure);
            }
        });
    }

    private static void resetOnClose(Request request) {
        HttpVersion version = request.getConnectionMetaData().getHttpVersion();
        if (version != HttpVersion.HTTP_1_0 && version != HttpVersion.HTTP_1_1) {
            return;
        }
        if (request.getConnectionMetaData().getConnection().getEndPoint().getTransport() instanceof NetworkChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | UnsupportedOperationException e) {
                LOG.debug("Could not arrange a reset of the connection after a failure past commit", e);
            }
        }
    }
}
