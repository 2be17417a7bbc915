package io.bcekit.core.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.testing.Samples;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RandomUuidGeneratorTest {

    private static final Pattern UUID_V4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final int COUNT = Samples.of(100_000);

    private final RandomUuidGenerator generator = new RandomUuidGenerator();

    @Test
    void idsAreDistinctLowerCaseVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < COUNT; i++) {
            String id = generator.newRequestId();
            if (!UUID_V4.matcher(id).matches()) {
                throw new AssertionError("Not a lower-case v4 UUID: " + id);
            }
            UUID uuid = UUID.fromString(id);
            if (uuid.version() != 4 || uuid.variant() != 2 || !uuid.toString().equals(id)) {
                throw new AssertionError("Wrong version/variant or not canonical: " + id);
            }
            ids.add(id);
        }
        assertThat(ids).hasSize(COUNT);
    }

    @Test
    void everyRandomDigitTakesEveryValue() {
        List<Set<Character>> seen = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            seen.add(new TreeSet<>());
        }
        for (int i = 0; i < COUNT; i++) {
            String id = generator.newRequestId();
            for (int position = 0; position < 36; position++) {
                seen.get(position).add(id.charAt(position));
            }
        }
        for (int position = 0; position < 36; position++) {
            String digits = seen.get(position).stream().map(String::valueOf).reduce("", String::concat);
            String expected = switch (position) {
                case 8, 13, 18, 23 -> "-";
                case 14 -> "4";
                case 19 -> "89ab";
                default -> "0123456789abcdef";
            };
            assertThat(digits).as("digits seen at position %d", position).isEqualTo(expected);
        }
    }

    @Test
    void idsFromConcurrentThreadsAreDistinct() throws Exception {
        int threads = 8;
        int perThread = Samples.of(25_000);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> ids = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        ids.add(generator.newRequestId());
                    }
                    return ids;
                }));
            }
            start.countDown();
            Set<String> all = new HashSet<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(threads * perThread).allMatch(id -> UUID_V4.matcher(id).matches());
        } finally {
            pool.shutdownNow();
        }
    }
}
