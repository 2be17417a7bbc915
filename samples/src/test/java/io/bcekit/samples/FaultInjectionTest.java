package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.services.eip.model.BindEipRequest;
import com.baidubce.services.eip.model.ListEipsRequest;
import com.baidubce.services.eip.model.ListEipsResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /_bcekit/faults}: injected failures and delays, and the official SDK's retries riding them out. */
class FaultInjectionTest extends ScenarioSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoInjected503sThenSuccessIsOneOperationTheRetryingCallerSeesSucceed() throws Exception {
        String ip = createEip(demo(), 10, postpaid());
        demo().eip.bindEip(new BindEipRequest().withEip(ip).withInstanceType("BCC").withInstanceId("i-demo0001"));
        assertThat(admin("POST", "{\"method\":\"PUT\",\"path\":\"/v1/eip/" + ip
                + "\",\"code\":\"ServiceUnavailable\",\"count\":2}").statusCode()).isEqualTo(200);

        try (SdkClients retrying = SdkClients.withRetries(server.baseUri(), "demo-ak", "demo-sk")) {
            long start = System.nanoTime();
            retrying.eip.unbindEip(ip); // body-less PUT: the SDK retries it, 0.6 s and 1.2 s apart
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("two retries").isGreaterThan(Duration.ofMillis(1800));
        }
        ListEipsResponse.EipModel eip = demo().eip.listEips(new ListEipsRequest()).getEipList().get(0);
        assertThat(eip.getStatus()).isEqualTo("available");
        assertThat(eip.getInstanceId()).isNull();
    }

    @Test
    void injectedFaultAnswersWithItsCodeUntilItsCountIsUsedUp() throws Exception {
        admin("POST", "{\"method\":\"GET\",\"path\":\"/v1/eip\",\"code\":\"ServiceUnavailable\",\"count\":2}");
        for (int i = 0; i < 2; i++) {
            assertEnvelope(send(SignedRequests.jdk(server.baseUri(), "GET", "/v1/eip")), 503, "ServiceUnavailable",
                    "The service is temporarily unavailable. Please try again.");
        }
        assertThat(send(SignedRequests.jdk(server.baseUri(), "GET", "/v1/eip")).statusCode()).isEqualTo(200);
    }

    @Test
    void injectedDelayRunsTheRequestLate() throws Exception {
        admin("POST", "{\"method\":\"GET\",\"path\":\"/v1/eip\",\"delayMillis\":500}");
        long start = System.nanoTime();
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void deleteClearsEveryFault() throws Exception {
        admin("POST", "{\"method\":\"GET\",\"path\":\"/v1/eip\",\"code\":\"InternalError\",\"count\":5}");
        HttpResponse<byte[]> cleared = admin("DELETE", null);
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(new String(cleared.body())).isEqualTo("{}");
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).isEmpty();
    }

    @Test
    void unknownCodeOrMissingPathIsRefused() throws Exception {
        assertEnvelope(admin("POST", "{\"method\":\"GET\",\"path\":\"/v1/eip\",\"code\":\"NoSuchCode\"}"), 400,
                "InappropriateJSON", "Unknown error code: NoSuchCode");
        assertEnvelope(admin("POST", "{\"method\":\"GET\",\"code\":\"InternalError\"}"), 400, "InappropriateJSON",
                "The JSON you provided was well-formed and valid, but not appropriate for this operation.");
        assertEnvelope(admin("PUT", "{}"), 405, "MethodNotAllowed",
                "The specified method is not allowed against this resource.");
    }

    private HttpResponse<byte[]> admin(String method, String json) throws Exception {
        return send(HttpRequest.newBuilder(server.baseUri().resolve(FaultInjectionFilter.ADMIN_PATH)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
