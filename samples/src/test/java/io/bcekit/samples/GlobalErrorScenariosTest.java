package io.bcekit.samples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.BceServiceException;
import com.baidubce.auth.BceV1Signer;
import com.baidubce.auth.SignOptions;
import com.baidubce.http.HttpMethodName;
import com.baidubce.services.eip.model.CreateEipRequest;
import com.baidubce.services.eip.model.ListEipsRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * The seed's 14 global codes, each from a real request: through the official clients, or, where a
 * client cannot send such a request, through the SDK's own HTTP layer and signer.
 */
class GlobalErrorScenariosTest extends ScenarioSupport {

    @Test
    void readOnlyAccountCreatingAnEipIsAccessDenied() {
        SdkClients readonly = as("readonly");
        BceServiceException e = thrownBy(() -> createEip(readonly, 10, postpaid()));
        assertError(e, readonly, "AccessDenied", 403, "Access denied.");
        assertThat(readonly.eip.listEips(new ListEipsRequest()).getEipList()).as("reading is allowed").isEmpty();
    }

    @Test
    void bandwidthOutsideOneTo200IsInappropriateJson() {
        for (int bandwidth : new int[] {0, 500}) {
            BceServiceException e = thrownBy(() -> createEip(demo(), bandwidth, postpaid()));
            assertError(e, demo(), "InappropriateJSON", 400,
                    "The JSON you provided was well-formed and valid, but not appropriate for this operation.");
        }
    }

    @Test
    void injectedFaultIsInternalError() throws Exception {
        injectFault("{\"method\":\"POST\",\"path\":\"/v1/eip\",\"code\":\"InternalError\",\"count\":1}");
        BceServiceException e = thrownBy(() -> createEip(demo(), 10, postpaid()));
        assertError(e, demo(), "InternalError", 500, null);
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).isEmpty();
    }

    @Test
    void unknownAccessKeyIsInvalidAccessKeyId() {
        SdkClients stranger = SdkClients.of(server.baseUri(), "nosuch-ak", "nosuch-sk");
        try (stranger) {
            BceServiceException e = thrownBy(() -> stranger.eip.listEips(new ListEipsRequest()));
            assertError(e, stranger, "InvalidAccessKeyId", 403,
                    "The Access Key ID you provided does not exist in our records.");
        }
    }

    @Test
    void authorizationWithFiveFieldsIsInvalidHttpAuthHeader() {
        SdkClients fiveFields = SdkClients.signedBy(server.baseUri(), "demo-ak", "demo-sk", new BceV1Signer() {
            @Override
            public void sign(com.baidubce.internal.InternalRequest request, com.baidubce.auth.BceCredentials credentials) {
                super.sign(request, credentials);
                String valid = request.getHeaders().get("Authorization");
                request.addHeader("Authorization", valid.substring(0, valid.lastIndexOf('/'))); // drops the signature
            }
        });
        try (fiveFields) {
            BceServiceException e = thrownBy(() -> fiveFields.eip.listEips(new ListEipsRequest()));
            assertError(e, fiveFields, "InvalidHTTPAuthHeader", 400,
                    "The Access Key ID you provided does not exist in our records.");
        }
    }

    @Test
    void bodyThatIsNotUtf8OrNotJsonIsInvalidHttpRequest() {
        byte[] notUtf8 = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        BceServiceException e = thrownBy(() -> demo().raw(HttpMethodName.POST, "/v1/eip", null, null, notUtf8));
        assertError(e, demo(), "InvalidHTTPRequest", 400, "There was an error in the body of your HTTP request.");

        byte[] json = "{\"bandwidthInMbps\":10}".getBytes(UTF_8);
        e = thrownBy(() -> demo().raw(HttpMethodName.POST, "/v1/eip", null, "text/plain", json));
        assertError(e, demo(), "InvalidHTTPRequest", 400, "There was an error in the body of your HTTP request.");
    }

    @Test
    void pathNoOperationServesIsInvalidUri() {
        BceServiceException e = thrownBy(() -> demo().raw(HttpMethodName.GET, "/v1/eipx", null, null, null));
        assertError(e, demo(), "InvalidURI", 400, "Could not parse the specified URI.");
    }

    @Test
    void truncatedJsonIsMalformedJson() {
        byte[] truncated = "{\"bandwidthInMbps\":10,\"na".getBytes(UTF_8);
        BceServiceException e = thrownBy(() -> demo().raw(HttpMethodName.POST, "/v1/eip", null, null, truncated));
        assertError(e, demo(), "MalformedJSON", 400, "The JSON you provided was not well-formed.");
    }

    @Test
    void apiVersionTwoIsInvalidVersion() {
        BceServiceException e = thrownBy(() -> demo().raw(HttpMethodName.GET, "/v2/eip", null, null, null));
        assertError(e, demo(), "InvalidVersion", 404, "The API version specified was invalid.");
    }

    @Test
    void accountWithoutTheEipServiceIsOptInRequired() {
        SdkClients optout = as("optout");
        String message = "A subscription for the service is required.";
        assertError(thrownBy(() -> optout.eip.listEips(new ListEipsRequest())), optout, "OptInRequired", 403, message);
        assertError(thrownBy(() -> createGroup(optout, 1, postpaid())), optout, "OptInRequired", 403, message);
        assertError(thrownBy(() -> optout.bp.getEipBpDetail("bw-00000001")), optout, "OptInRequired", 403, message);
    }

    @Test
    void resizeWithAStaleIfMatchIsPreconditionFailed() {
        String ip = createEip(demo(), 10, postpaid());
        String before = demo().raw(HttpMethodName.GET, "/v1/eip/" + ip, null, null, null).getMetadata().getETag();
        demo().eip.resizeEip(ip, 20);
        String after = demo().raw(HttpMethodName.GET, "/v1/eip/" + ip, null, null, null).getMetadata().getETag();
        assertThat(after).isNotBlank().isNotEqualTo(before);

        byte[] resize = "{\"newBandwidthInMbps\":30}".getBytes(UTF_8);
        BceServiceException e = thrownBy(() -> demo().raw(HttpMethodName.PUT, "/v1/eip/" + ip, "resize", null, resize,
                "If-Match", "\"" + before + "\""));
        assertError(e, demo(), "PreconditionFailed", 412, "The specified If-Match header doesn’t match the ETag header.");

        demo().raw(HttpMethodName.PUT, "/v1/eip/" + ip, "resize", null, resize, "If-Match", "\"" + after + "\"");
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList().get(0).getBandwidthInMbps()).isEqualTo(30);
    }

    @Test
    void requestSignedTwoHoursAgoIsRequestExpired() {
        Instant twoHoursAgo = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        SdkClients late = SdkClients.signedBy(server.baseUri(), "demo-ak", "demo-sk", new BceV1Signer() {
            @Override
            public void sign(com.baidubce.internal.InternalRequest request, com.baidubce.auth.BceCredentials credentials) {
                SignOptions options = new SignOptions();
                options.setTimestamp(Date.from(twoHoursAgo));
                super.sign(request, credentials, options);
            }
        });
        try (late) {
            BceServiceException e = thrownBy(() -> late.eip.listEips(new ListEipsRequest()));
            assertError(e, late, "RequestExpired", 400, "Request has expired. Timestamp date is " + twoHoursAgo + " .");
        }
    }

    @Test
    void oneClientTokenWithAnotherBandwidthIsIdempotentParameterMismatch() {
        String first = demo().eip.createEip(new CreateEipRequest().withClientToken("token-1").withBandwidthInMbps(10)
                .withBilling(postpaid())).getEip();
        String replayed = demo().eip.createEip(new CreateEipRequest().withClientToken("token-1")
                .withBandwidthInMbps(10).withBilling(postpaid())).getEip();
        assertThat(replayed).isEqualTo(first);

        BceServiceException e = thrownBy(() -> demo().eip.createEip(new CreateEipRequest().withClientToken("token-1")
                .withBandwidthInMbps(20).withBilling(postpaid())));
        assertError(e, demo(), "IdempotentParameterMismatch", 403,
                "The request uses the same client token as a previous, but non-identical request.");
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).hasSize(1);
    }

    @Test
    void wrongSecretKeyIsSignatureDoesNotMatch() {
        SdkClients wrongSecret = SdkClients.of(server.baseUri(), "demo-ak", "not-demo-sk");
        try (wrongSecret) {
            BceServiceException e = thrownBy(() -> wrongSecret.eip.listEips(new ListEipsRequest()));
            assertError(e, wrongSecret, "SignatureDoesNotMatch", 400, "The request signature we calculated does not"
                    + " match the signature you provided. Check your Secret Access Key and signing method. Consult"
                    + " the service documentation for details.");
        }
    }

    private void injectFault(String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.baseUri() + FaultInjectionFilter.ADMIN_PATH))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
