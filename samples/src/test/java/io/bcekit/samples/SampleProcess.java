package io.bcekit.samples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/bcekit-samples.jar --port 0 [more]}, as a user runs it, read up to the end of its banner. */
final class SampleProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("sample.jar", "target/bcekit-samples.jar"));
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final int BANNER_LINES = 10;

    final List<String> banner;
    final URI base;
    private final Process process;

    private SampleProcess(Process process, List<String> banner) {
        this.process = process;
        this.banner = banner;
        String first = banner.isEmpty() ? "" : banner.get(0);
        this.base = URI.create(first.substring(first.indexOf("http://")));
    }

    static SampleProcess start(String... more) throws Exception {
        Path stderr = Files.createTempFile(Path.of("target"), "sample-jar-", ".stderr.log");
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString(), "--port", "0"));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        try {
            List<String> banner = CompletableFuture.supplyAsync(() -> firstLines(process, BANNER_LINES))
                    .get(60, TimeUnit.SECONDS);
            if (banner.size() < BANNER_LINES) {
                throw new IllegalStateException("The sample did not start: " + banner + "\n"
                        + String.join("\n", Files.readAllLines(stderr, UTF_8)));
            }
            return new SampleProcess(process, banner);
        } catch (Exception | Error e) {
            stop(process);
            throw e;
        }
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

    @Override
    public void close() throws InterruptedException {
        stop(process);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
