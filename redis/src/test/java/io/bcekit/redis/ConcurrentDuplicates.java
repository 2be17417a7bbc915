package io.bcekit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.StoredResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Many requests with one token at once, spread over the guards of several instances. */
final class ConcurrentDuplicates {

    private ConcurrentDuplicates() {
    }

    /** A guard that waits up to 10 s for a duplicate's outcome: long enough on a loaded machine. */
    static IdempotencyGuard guard(IdempotencyStore store) {
        return IdempotencyGuard.builder(store).waitBound(Duration.ofSeconds(10)).build();
    }

    /**
     * Sends {@code count} requests with one new token at once, round robin over {@code stores}; each
     * run takes 50 ms and answers {@code answer}. Asserts every request got {@code answer}; returns
     * how many runs there were.
     */
    static int runs(int count, StoredResponse answer, IdempotencyStore... stores) throws Exception {
        List<IdempotencyGuard> guards = java.util.Arrays.stream(stores).map(ConcurrentDuplicates::guard).toList();
        String token = UUID.randomUUID().toString();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<StoredResponse>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                IdempotencyGuard guard = guards.get(i % guards.size());
                answers.add(pool.submit(() -> {
                    start.await();
                    IdempotencyGuard.Decision decision = guard.begin("ak", token, "fp");
                    if (decision instanceof IdempotencyGuard.Proceed proceed) {
                        runs.incrementAndGet();
                        Thread.sleep(50);
                        guard.finish(proceed.ticket(), answer);
                        return answer;
                    }
                    return ((IdempotencyGuard.Replay) decision).response();
                }));
            }
            start.countDown();
            for (Future<StoredResponse> each : answers) {
                assertThat(each.get()).isEqualTo(answer);
            }
        } finally {
            pool.shutdownNow();
        }
        return runs.get();
    }
}
