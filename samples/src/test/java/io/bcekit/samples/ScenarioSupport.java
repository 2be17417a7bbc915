package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.UUID_V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.baidubce.BceServiceException;
import com.baidubce.services.eip.model.Billing;
import com.baidubce.services.eip.model.CreateEipRequest;
import com.baidubce.services.eipgroup.model.CreateEipGroupRequest;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh sample per test (quotas and balances are per account, so a scenario must not see what
 * another left behind), the official clients of each demo account against it, and the one way every
 * scenario's failure is asserted.
 */
abstract class ScenarioSupport {

    SampleServer server;
    private final Map<String, SdkClients> clients = new HashMap<>();

    @BeforeEach
    void startSample() throws Exception {
        server = SampleServer.start(0);
    }

    @AfterEach
    void stopSample() throws Exception {
        clients.values().forEach(SdkClients::close);
        server.stop();
    }

    /** The clients of demo account {@code name} ({@code demo}, {@code broke}, …), signing with its keys. */
    SdkClients as(String name) {
        return clients.computeIfAbsent(name, n -> SdkClients.of(server.baseUri(), n + "-ak", n + "-sk"));
    }

    SdkClients demo() {
        return as("demo");
    }

    static BceServiceException thrownBy(ThrowingCallable call) {
        BceServiceException e = catchThrowableOfType(BceServiceException.class, call);
        assertThat(e).as("BceServiceException").isNotNull();
        return e;
    }

    /** The SDK's view of the error: exact code, status, message, and the request id of the response header. */
    static void assertError(BceServiceException e, SdkClients via, String code, int status, String message) {
        assertThat(e.getErrorCode()).isEqualTo(code);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getErrorType()).isEqualTo(
                status >= 500 ? BceServiceException.ErrorType.Service : BceServiceException.ErrorType.Client);
        if (status < 500) { // for a 5xx the SDK replaces the message with a dump of the status line and headers
            assertThat(e.getErrorMessage()).isEqualTo(message);
        }
        assertThat(e.getRequestId()).matches(UUID_V4).isEqualTo(via.lastRequestIdHeader().orElseThrow());
    }

    static Billing postpaid() {
        return new Billing().withPaymentTiming("Postpaid").withBillingMethod("ByBandwidth");
    }

    static Billing prepaid() {
        return new Billing().withPaymentTiming("Prepaid").withBillingMethod("ByBandwidth")
                .withReservation(new Billing.Reservation().withReservationLength(1).withReservationTimeUnit("Month"));
    }

    static String createEip(SdkClients as, int bandwidth, Billing billing) {
        return as.eip.createEip(new CreateEipRequest().withBandwidthInMbps(bandwidth).withBilling(billing)).getEip();
    }

    static String createGroup(SdkClients as, int ipv4, Billing billing) {
        return as.group.createEipGroup(new CreateEipGroupRequest().withName("group").withEipCount(ipv4)
                .withBandwidthInMbps(100).withBilling(billing)).getId();
    }
}
