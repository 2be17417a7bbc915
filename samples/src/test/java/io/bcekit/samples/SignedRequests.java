package io.bcekit.samples;

import com.baidubce.AbstractBceClient;
import com.baidubce.auth.BceV1Signer;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.http.HttpMethodName;
import com.baidubce.internal.InternalRequest;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Requests of the {@code demo-ak} account signed by the SDK's own {@link BceV1Signer}, for tests
 * that speak HTTP themselves (the JDK client or a raw socket). What is signed in default mode is
 * {@code Host} (the base's {@code host:port}, as both clients send it), {@code Content-Type} and,
 * when given, {@code Content-Length}.
 */
final class SignedRequests {

    static final String CONTENT_TYPE = AbstractBceClient.DEFAULT_CONTENT_TYPE;

    private SignedRequests() {
    }

    /** The {@code Authorization} value for {@code method path} (no query) on {@code base}. */
    static String authorization(URI base, String method, String path, Long contentLength) {
        InternalRequest request = new InternalRequest(HttpMethodName.valueOf(method), base.resolve(path));
        request.addHeader("Content-Type", CONTENT_TYPE);
        if (contentLength != null) {
            request.addHeader("Content-Length", String.valueOf(contentLength));
        }
        new BceV1Signer().sign(request, new DefaultBceCredentials("demo-ak", "demo-sk"));
        return request.getHeaders().get("Authorization");
    }

    /** A JDK-client request without a body (GET, HEAD, DELETE), signed. */
    static HttpRequest.Builder jdk(URI base, String method, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", CONTENT_TYPE)
                .header("Authorization", authorization(base, method, path, null));
    }

    /** The request line and headers of a signed body-less {@code method path} for a raw socket, without the final empty line. */
    static String raw(URI base, String method, String path) {
        return method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: " + CONTENT_TYPE + "\r\nAuthorization: " + authorization(base, method, path, null)
                + "\r\n";
    }
}
