package io.bcekit.jetty;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connection factory, except that a HEAD request Jetty rejects while parsing it
 * is still answered as a HEAD: status and headers, no body.
 *
 * <p>Why: when Jetty's parser fails before a request exists (a 64 KB URI, an undecodable
 * {@code %zz}, a bad version), Jetty hands its error handler a stand-in request,
 * {@code BAD /badMessage}: the method is lost, and both the error handler and Jetty's own response
 * generator then send a body, which a HEAD client would read as the start of its next response.
 * (Jetty 12.1.14; its own default error page has the same fault.) These connections note whether
 * the bytes of each request begin with {@code "HEAD "} and, for that request only, name the
 * stand-in {@code HEAD}. Only HEAD is carried over: it is the one method that changes the shape of
 * the answer, and a stand-in built with any method a rejected line claims (CONNECT's
 * authority-form target, say) is not worth the risk.
 */
public final class HeadKeepingHttpConnectionFactory extends HttpConnectionFactory {

    public HeadKeepingHttpConnectionFactory(HttpConfiguration config) {
        super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        // what HttpConnectionFactory.newConnection does, with the subclass
        HttpConnection connection = new HeadKeepingConnection(getHttpConfiguration(), connector, endPoint);
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    private static final class HeadKeepingConnection extends HttpConnection {

        /** Jetty's stand-in for a request its parser rejected (HttpConnection.RequestHandler.badMessage). */
        private static final String STAND_IN_METHOD = "BAD";
        private static final String STAND_IN_TARGET = "/badMessage";
        private static final byte[] HEAD = "HEAD ".getBytes(US_ASCII);

        /** How many leading bytes of the current request match {@code "HEAD "}; -1 once one does not. */
        private int headMatched;

        HeadKeepingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
            super(config, connector, endPoint);
        }

        @Override
        protected HttpParser newHttpParser(HttpCompliance compliance) {
            HttpParser plain = super.newHttpParser(compliance); // for its request handler (a private field) and settings
            HttpParser parser = new HttpParser((HttpParser.RequestHandler) plain.getHandler(),
                    getHttpConfiguration().getRequestHeaderSize(), compliance) {
                @Override
                public boolean parseNext(ByteBuffer buffer) {
                    noteMethod(this, buffer);
                    return super.parseNext(buffer);
                }
            };
            parser.setHeaderCacheSize(plain.getHeaderCacheSize());
            parser.setHeaderCacheCaseSensitive(plain.isHeaderCacheCaseSensitive());
            return parser;
        }

        /** Reads, without consuming, the bytes the parser is about to take while it is still before or in the method. */
        private void noteMethod(HttpParser parser, ByteBuffer buffer) {
            if (parser.isStart()) {
                headMatched = 0; // a new request (or blank lines before one)
            } else if (!parser.isState(HttpParser.State.METHOD)) {
                return; // the method is behind us: headMatched stands for this request
            }
            for (int i = buffer.position(); i < buffer.limit() && headMatched >= 0 && headMatched < HEAD.length; i++) {
                byte b = buffer.get(i);
                if (headMatched == 0 && (b == '\r' || b == '\n')) {
                    continue; // the parser skips blank lines before a request line
                }
                headMatched = b == HEAD[headMatched] ? headMatched + 1 : -1;
            }
        }

        @Override
        protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
            boolean standInForHead = STAND_IN_METHOD.equals(method) && STAND_IN_TARGET.equals(uri)
                    && headMatched == HEAD.length;
            return super.newHttpStream(standInForHead ? "HEAD" : method, uri, version);
        }
    }
}
