package io.bcekit.servlet;

import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.servlet.fixture.AuthServlets;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * JS SDK requests on Jetty 12 ee10 with a stock {@link HttpConfiguration}. Jetty's HTTP parser
 * looks common header lines up in a cache ignoring case and hands the application the cached
 * line: {@code Content-Type: application/json; charset=UTF-8} (the SDK's default) arrives as
 * {@code ...charset=utf-8}, {@code Accept-Encoding: GZIP, deflate} as {@code gzip, deflate}. Every
 * request that signs such a header fails; this class keeps that visible.
 * {@link JsSdkSignatureJettyEe10CaseSensitiveTest} shows the cure.
 */
public class JsSdkSignatureJettyEe10Test extends AbstractJsSdkSignatureTest {

    private Server server;

    /** Whether the connector's {@code HttpConfiguration} sets {@code headerCacheCaseSensitive}. */
    protected boolean headerCacheCaseSensitive() {
        return false;
    }

    /** The server, its connector and handler in place: a subclass may set it up further. */
    protected void beforeStart(Server server) {
    }

    @Override
    protected List<String> linesAsSeen(List<String> sent) {
        if (headerCacheCaseSensitive()) {
            return sent;
        }
        // the cache hands over its own line: the value in lower case
        return sent.stream().map(line -> {
            int colon = line.indexOf(':');
            return line.substring(0, colon) + line.substring(colon).toLowerCase(Locale.ROOT);
        }).toList();
    }

    @Override
    protected Set<String> expectedSignatureMismatches() {
        if (headerCacheCaseSensitive()) {
            return Set.of();
        }
        // Each signs a header whose value differs only in letter case from a line in Jetty's cache:
        // the SDK's default Content-Type (application/json; charset=UTF-8) in most, a caller's
        // Content-Type, or Accept-Encoding and Cache-Control signed on request. What passes: values
        // already as cached, a Content-Type not cached (application/xml), such headers left unsigned.
        return Set.of(
                "list-eips",
                "list-eips-marker-encoded-and-empty-status",
                "list-eips-tilde-star-upper-case-key",
                "create-eip",
                "bind-eip-flag-param",
                "resize-ipv6-eip-encoded-path",
                "release-eip",
                "sts-session-token",
                "x-bce-headers-mixed-case-values",
                "content-type-application-JSON",
                "content-type-Application-Json-Charset-UTF-8",
                "content-type-no-space-charset-UTF-8",
                "content-type-text-plain-UTF-8",
                "unsigned-accept-encoding-and-cache-control-sdk-content-type",
                "signed-accept-encoding-and-cache-control");
    }

    @Override
    protected URI startApplication(BceAuthVerifier verifier) throws Exception {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setHeaderCacheCaseSensitive(headerCacheCaseSensitive());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults())), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addFilter(new FilterHolder(new BceAuthFilter(verifier, List.of(HEADERS_PATH))), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(HeadersAsReceived.class, HEADERS_PATH);
        context.addServlet(AuthServlets.Echo.class, "/");
        server.setHandler(context);
        beforeStart(server);
        server.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    protected void stopApplication() throws Exception {
        server.stop();
    }
}
