package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/bcekit-samples.jar}, as a user runs it after {@code mvn package}: the
 * manifest's class path and main class, and the webapp read from inside the jar.
 */
class ExecutableJarIT {

    private static final Path JAR = Path.of(System.getProperty("sample.jar", "target/bcekit-samples.jar"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void startsFromTheJarAndEveryPrintedUrlAnswers() throws Exception {
        Path stderr = Files.createTempFile(Path.of("target"), "sample-jar-", ".stderr.log");
        Process process = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "--port", "0")
                .redirectError(stderr.toFile()).start();
        try {
            List<String> lines = CompletableFuture.supplyAsync(() -> firstLines(process, 5)).get(60, TimeUnit.SECONDS);
            assertThat(lines.get(0)).matches("bcekit sample EIP service listening on http://127\\.0\\.0\\.1:\\d+");
            String base = lines.get(0).substring(lines.get(0).indexOf("http://"));
            assertThat(lines.subList(1, 5)).containsExactly("Try:",
                    "  curl -si " + base + "/v1/eip/180.76.1.2   # an EIP that exists",
                    "  curl -si " + base + "/v1/eip/9.9.9.9      # EipNotFound",
                    "  curl -si " + base + "/no/such/path        # InvalidURI");

            HttpResponse<byte[]> existing = get(base + "/v1/eip/180.76.1.2");
            assertThat(existing.statusCode()).isEqualTo(200);
            assertThat(new String(existing.body(), UTF_8)).startsWith("{\"eip\":\"180.76.1.2\"");
            assertEnvelope(get(base + "/v1/eip/9.9.9.9"), 404, "EipNotFound", "The specified eip does not exist.");
            assertEnvelope(get(base + "/no/such/path"), 400, "InvalidURI", "Could not parse the specified URI.");
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void badArgumentPrintsTheUsageAndExitsWith2() throws Exception {
        Process process = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "--port", "nope").start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getInputStream().readAllBytes(), UTF_8)).isEmpty();
        assertThat(new String(process.getErrorStream().readAllBytes(), UTF_8).lines()).containsExactly(
                "Not a port: nope", SampleServer.USAGE);
    }

    private static List<String> firstLines(Process process, int count) {
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
            for (String line; lines.size() < count && (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
