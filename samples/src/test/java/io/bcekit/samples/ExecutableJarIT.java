package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.services.eip.model.ListEipsRequest;
import com.baidubce.services.eip.model.ListEipsResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/bcekit-samples.jar}, as a user runs it after {@code mvn package}: the
 * manifest's class path and main class, and the webapp read from inside the jar.
 */
class ExecutableJarIT {

    @Test
    void startsFromTheJarPrintsTheAccountsAndServesTheSdk() throws Exception {
        try (SampleProcess sample = SampleProcess.start()) {
            assertThat(sample.banner.get(0)).matches(
                    "bcekit sample EIP, EIP-group and bandwidth-package service listening on http://127\\.0\\.0\\.1:\\d+");
            assertThat(sample.banner.subList(2, 7)).extracting(line -> line.trim().split("\\s+", 3)[0] + " "
                    + line.trim().split("\\s+", 3)[1]).containsExactly("demo-ak demo-sk", "unverified-ak unverified-sk",
                    "optout-ak optout-sk", "readonly-ak readonly-sk", "broke-ak broke-sk");

            try (SdkClients demo = SdkClients.of(sample.base, "demo-ak", "demo-sk")) {
                String ip = ScenarioSupport.createEip(demo, 10, ScenarioSupport.postpaid());
                assertThat(demo.eip.listEips(new ListEipsRequest()).getEipList())
                        .extracting(ListEipsResponse.EipModel::getEip).containsExactly(ip);
            }
            assertEnvelope(get(sample.base + "/v1/eip"), 400, "InvalidHTTPAuthHeader",
                    "The Access Key ID you provided does not exist in our records.");
            assertEnvelope(get(sample.base + "/no/such/path"), 400, "InvalidURI", "Could not parse the specified URI.");
        }
    }

    @Test
    void badArgumentPrintsTheUsageAndExitsWith2() throws Exception {
        Process process = new ProcessBuilder(SampleProcess.JAVA, "-jar", SampleProcess.JAR.toString(), "--port", "nope").start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getInputStream().readAllBytes(), UTF_8)).isEmpty();
        assertThat(new String(process.getErrorStream().readAllBytes(), UTF_8).lines()).containsExactly(
                "Not a port: nope", SampleServer.USAGE);
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
