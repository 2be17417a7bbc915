package io.bcekit.samples;

import com.baidubce.AbstractBceClient;
import com.baidubce.BceClientConfiguration;
import com.baidubce.auth.BceV1Signer;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.auth.Signer;
import com.baidubce.http.DefaultRetryPolicy;
import com.baidubce.http.HttpMethodName;
import com.baidubce.http.RetryPolicy;
import com.baidubce.http.handler.BceErrorResponseHandler;
import com.baidubce.http.handler.BceJsonResponseHandler;
import com.baidubce.http.handler.BceMetadataResponseHandler;
import com.baidubce.http.handler.HttpResponseHandler;
import com.baidubce.internal.InternalRequest;
import com.baidubce.internal.RestartableInputStream;
import com.baidubce.model.AbstractBceResponse;
import com.baidubce.services.eip.EipClient;
import com.baidubce.services.eipbp.EipBpClient;
import com.baidubce.services.eipgroup.EipGroupClient;
import com.baidubce.services.eipgroup.EipGroupClientConfiguration;
import java.net.URI;
import java.util.Optional;

/**
 * The official clients of one account against a sample, sharing the SDK's own HTTP client (which
 * also keeps the last {@code x-bce-request-id} header). Retries are off unless asked for.
 */
final class SdkClients implements AutoCloseable {

    final EipClient eip;
    final EipGroupClient group;
    final EipBpClient bp;
    final HeaderRecordingHttpClient http;
    private final URI base;

    private SdkClients(URI base, String accessKey, String secretKey, boolean retries, Signer signer) {
        this.base = base;
        RetryPolicy policy = retries ? new DefaultRetryPolicy()
                : new DefaultRetryPolicy(0, RetryPolicy.DEFAULT_MAX_DELAY_IN_MILLIS);
        EipGroupClientConfiguration config = new EipGroupClientConfiguration();
        config.setEndpoint(base.toString());
        config.setCredentials(new DefaultBceCredentials(accessKey, secretKey));
        config.setRetryPolicy(policy);
        config.setConnectionTimeoutInMillis(5000);
        config.setSocketTimeoutInMillis(20_000);
        http = new HeaderRecordingHttpClient(config, signer);
        eip = wire(new EipClient(config));
        group = wire(new EipGroupClient(config));
        bp = wire(new EipBpClient(config));
    }

    static SdkClients of(URI base, String accessKey, String secretKey) {
        return new SdkClients(base, accessKey, secretKey, false, new BceV1Signer());
    }

    static SdkClients withRetries(URI base, String accessKey, String secretKey) {
        return new SdkClients(base, accessKey, secretKey, true, new BceV1Signer());
    }

    static SdkClients signedBy(URI base, String accessKey, String secretKey, Signer signer) {
        return new SdkClients(base, accessKey, secretKey, false, signer);
    }

    private <C extends AbstractBceClient> C wire(C client) {
        client.getClient().shutdown();
        client.setClient(http);
        return client;
    }

    Optional<String> lastRequestIdHeader() {
        return http.lastRequestIdHeader();
    }

    /**
     * A request no client method sends, through the SDK's HTTP layer, signer and three response
     * handlers: {@code pathAndQuery} as sent (flags bare, e.g. {@code /v1/eip/1.2.3.4?resize}),
     * {@code body} with {@code contentType} when not null.
     */
    AbstractBceResponse raw(HttpMethodName method, String path, String query, String contentType, byte[] body,
            String... headers) {
        InternalRequest request = new InternalRequest(method, base.resolve(path));
        if (query != null) {
            for (String parameter : query.split("&")) {
                int eq = parameter.indexOf('=');
                request.addParameter(eq < 0 ? parameter : parameter.substring(0, eq),
                        eq < 0 ? "" : parameter.substring(eq + 1));
            }
        }
        request.addHeader("Content-Type", contentType != null ? contentType : AbstractBceClient.DEFAULT_CONTENT_TYPE);
        if (body != null) {
            request.addHeader("Content-Length", String.valueOf(body.length));
            request.setContent(RestartableInputStream.wrap(body));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        HttpResponseHandler[] handlers = {
            new BceMetadataResponseHandler(), new BceErrorResponseHandler(), new BceJsonResponseHandler()};
        return http.execute(request, AbstractBceResponse.class, handlers);
    }

    @Override
    public void close() {
        http.shutdown();
    }
}
