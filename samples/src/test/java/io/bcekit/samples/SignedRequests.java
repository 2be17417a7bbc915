package io.bcekit.samples;

import com.baidubce.AbstractBceClient;
import com.baidubce.auth.BceV1Signer;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.auth.SignOptions;
import com.baidubce.http.HttpMethodName;
import com.baidubce.internal.InternalRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;

/**
 * Requests of the {@code demo-ak} account signed by the SDK's own {@link BceV1Signer}, for tests
 * that speak HTTP themselves (the JDK client or a raw socket). Signed are {@code Host} (the base's
 * {@code host:port}, as both clients send it) and {@code Content-Type}: for raw requests in the
 * SDK's default mode, for the JDK client in explicit mode (named in the {@code Authorization}
 * header), since some JDK versions add {@code Content-Length: 0} to a body-less request and others
 * do not.
 */
final class SignedRequests {

    static final String CONTENT_TYPE = AbstractBceClient.DEFAULT_CONTENT_TYPE;

    private SignedRequests() {
    }

    /** The {@code Authorization} value for a body-less {@code method path} (no query) on {@code base}. */
    static String authorization(URI base, String method, String path, boolean explicit) {
        InternalRequest request = new InternalRequest(HttpMethodName.valueOf(method), base.resolve(path));
        request.addHeader("Content-Type", CONTENT_TYPE);
        SignOptions options = new SignOptions();
        if (explicit) {
            options.setHeadersToSign(Set.of("host", "content-type"));
        }
        new BceV1Signer().sign(request, new DefaultBceCredentials("demo-ak", "demo-sk"), options);
        return request.getHeaders().get("Authorization");
    }

    /** A JDK-client request without a body (GET, HEAD, DELETE), signed. */
    static HttpRequest.Builder jdk(URI base, String method, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", CONTENT_TYPE)
                .header("Authorization", authorization(base, method, path, true));
    }

    /** The request line and headers of a signed body-less {@code method path} for a raw socket, without the final empty line. */
    static String raw(URI base, String method, String path) {
        return method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: " + CONTENT_TYPE + "\r\nAuthorization: " + authorization(base, method, path, false)
                + "\r\n";
    }
}
