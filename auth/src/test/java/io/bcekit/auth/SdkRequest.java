package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.baidubce.auth.BceCredentials;
import com.baidubce.auth.BceV1Signer;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.auth.DefaultBceSessionCredentials;
import com.baidubce.auth.SignOptions;
import com.baidubce.http.HttpMethodName;
import com.baidubce.internal.InternalRequest;
import com.baidubce.util.HttpUtils;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A request signed by the official SDK's {@code BceV1Signer}, turned into what the SDK's HTTP
 * layer puts on the wire: the URI's ASCII form plus {@code HttpUtils.getCanonicalQueryString(params,
 * false)} (flags bare), every request header (Host and Authorization included) plus the unsigned
 * ones HttpClient adds. Paths are built the way {@code EipClient} builds them:
 * {@code HttpUtils.appendUri(endpoint, "v1", "eip", id)}, which applies {@code E()} per segment.
 */
final class SdkRequest {

    static final String AK = "4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99";
    static final String SK = "b7e151628aed2a6abf7158809cf4f3c7";
    static final Instant TIME = Instant.parse("2024-05-20T08:30:00Z");

    private final HttpMethodName method;
    private URI uri;
    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private BceCredentials credentials = new DefaultBceCredentials(AK, SK);
    private final SignOptions options = new SignOptions();

    private SdkRequest(HttpMethodName method, URI uri) {
        this.method = method;
        this.uri = uri;
        options.setTimestamp(Date.from(TIME));
        headers.put("Content-Type", "application/json; charset=utf-8"); // the common layer's default
        headers.put("Date", "Mon, 20 May 2024 08:30:00 GMT"); // set before signing, never signed
    }

    /** A request to {@code http://eip.bj.baidubce.com} with these path segments, each E()-encoded. */
    static SdkRequest of(HttpMethodName method, String... pathSegments) {
        return new SdkRequest(method, HttpUtils.appendUri(URI.create("http://eip.bj.baidubce.com"), pathSegments));
    }

    /** A request to a URI given as is (its raw path kept exactly). */
    static SdkRequest ofUri(HttpMethodName method, String uri) {
        return new SdkRequest(method, URI.create(uri));
    }

    SdkRequest endpoint(String endpoint) {
        String path = uri.getRawPath();
        uri = URI.create(endpoint + path);
        return this;
    }

    SdkRequest parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    /** A value-less parameter such as {@code bind}: the SDK adds it with a null value. */
    SdkRequest flag(String name) {
        parameters.put(name, null);
        return this;
    }

    SdkRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A JSON body, as EipClient's helper adds it: only its length and type are signed. */
    SdkRequest jsonBody(String json) {
        headers.put("Content-Length", String.valueOf(json.getBytes(UTF_8).length));
        return this;
    }

    SdkRequest credentials(String accessKeyId, String secretKey) {
        credentials = new DefaultBceCredentials(accessKeyId, secretKey);
        return this;
    }

    SdkRequest sessionCredentials(String accessKeyId, String sessionToken, boolean tokenAsHeader) {
        credentials = new DefaultBceSessionCredentials(accessKeyId, SK, sessionToken);
        options.setUseStsHeader(tokenAsHeader);
        return this;
    }

    SdkRequest timestamp(Instant timestamp) {
        options.setTimestamp(Date.from(timestamp));
        return this;
    }

    SdkRequest expiration(int seconds) {
        options.setExpirationInSeconds(seconds);
        return this;
    }

    /** Explicit mode; kept in the given (unsorted) order, as a caller's set would be. */
    SdkRequest headersToSign(String... names) {
        options.setHeadersToSign(new LinkedHashSet<>(List.of(names)));
        return this;
    }

    /** Signs with {@code BceV1Signer} and returns the request as the server receives it. */
    SignedRequest sign() {
        InternalRequest request = new InternalRequest(method, uri);
        parameters.forEach(request::addParameter);
        headers.forEach(request::addHeader);
        new BceV1Signer().sign(request, credentials, options);
        String query = HttpUtils.getCanonicalQueryString(request.getParameters(), false);
        URI wire = URI.create(request.getUri().toASCIIString() + (query.isEmpty() ? "" : "?" + query));
        SignedRequest.Builder received = SignedRequest.builder(request.getHttpMethod().name(), wire.getRawPath())
                .query(wire.getRawQuery());
        request.getHeaders().forEach(received::header);
        return received
                .header("User-Agent", "bce-sdk-java/0.10.429/Linux/6.1/OpenJDK_64-Bit_Server_VM/17/17/en/US")
                .header("Connection", "Keep-Alive")
                .header("Accept-Encoding", "gzip,deflate")
                .build();
    }
}
