package io.bcekit.samples;

import com.baidubce.BceClientConfiguration;
import com.baidubce.auth.BceV1Signer;
import com.baidubce.auth.Signer;
import com.baidubce.http.BceHttpClient;
import com.baidubce.http.handler.HttpResponseHandler;
import com.baidubce.internal.InternalRequest;
import com.baidubce.model.AbstractBceResponse;
import java.util.Optional;

/**
 * The SDK's own HTTP client, unchanged, that also keeps the {@code x-bce-request-id} header of the
 * last response it read: for an error whose body has a message the SDK reports the body's
 * {@code requestId}, so a test can check that it equals the header of that same response.
 */
final class HeaderRecordingHttpClient extends BceHttpClient {

    private volatile String lastRequestIdHeader;

    HeaderRecordingHttpClient(BceClientConfiguration config) {
        this(config, new BceV1Signer());
    }

    /** With another signer: to sign with a shifted clock, or to send a malformed {@code Authorization}. */
    HeaderRecordingHttpClient(BceClientConfiguration config, Signer signer) {
        super(config, signer);
    }

    @Override
    public <T extends AbstractBceResponse> T execute(InternalRequest request, Class<T> responseClass,
            HttpResponseHandler[] handlers) {
        HttpResponseHandler[] recording = new HttpResponseHandler[handlers.length + 1];
        recording[0] = (response, parsed) -> {
            lastRequestIdHeader = response.getHeader("x-bce-request-id");
            return false; // not handled: the SDK's handlers run as usual
        };
        System.arraycopy(handlers, 0, recording, 1, handlers.length);
        return super.execute(request, responseClass, recording);
    }

    Optional<String> lastRequestIdHeader() {
        return Optional.ofNullable(lastRequestIdHeader);
    }
}
