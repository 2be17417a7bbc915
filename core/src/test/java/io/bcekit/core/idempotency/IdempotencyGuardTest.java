package io.bcekit.core.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import io.bcekit.core.catalogue.IdempotencyErrors;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The protocol over the in-memory store: claim, replay, mismatch, wait, release, fail closed. */
class IdempotencyGuardTest {

    private static final StoredResponse CREATED = new StoredResponse(200,
            List.of(Map.entry("Content-Type", "application/json;charset=utf-8")), "{\"eip\":\"1.2.3.4\"}".getBytes(UTF_8));

    private final InMemoryIdempotencyStore store = InMemoryIdempotencyStore.withDefaults();
    private final IdempotencyGuard guard = IdempotencyGuard.builder(store).waitBound(Duration.ofMillis(300)).build();

    @Test
    void firstRequestProceedsAndItsRetryGetsTheStoredAnswer() {
        IdempotencyGuard.Decision first = guard.begin("ak", "token-1", "fp");
        assertThat(first).isInstanceOf(IdempotencyGuard.Proceed.class);
        guard.finish(((IdempotencyGuard.Proceed) first).ticket(), CREATED);

        assertThat(guard.begin("ak", "token-1", "fp")).isEqualTo(new IdempotencyGuard.Replay(CREATED));
    }

    @Test
    void sameTokenWithAnotherRequestIsAMismatch() {
        guard.finish(proceed("ak", "token-2", "fp-a"), CREATED);

        assertThatThrownBy(() -> guard.begin("ak", "token-2", "fp-b")).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(GlobalErrors.IDEMPOTENT_PARAMETER_MISMATCH));
    }

    @Test
    void scopesAreSeparate() {
        guard.finish(proceed("ak-1", "token-3", "fp"), CREATED);

        assertThat(guard.begin("ak-2", "token-3", "fp")).isInstanceOf(IdempotencyGuard.Proceed.class);
        assertThat(guard.begin("ak-1:x", "token-3", "fp")).isInstanceOf(IdempotencyGuard.Proceed.class);
    }

    @Test
    void anErrorReleasesTheClaimSoTheRetryRunsAgain() {
        guard.finish(proceed("ak", "token-4", "fp"), new StoredResponse(500, List.of(), new byte[0]));
        guard.abandon(proceed("ak", "token-4", "fp"));

        assertThat(guard.begin("ak", "token-4", "fp")).isInstanceOf(IdempotencyGuard.Proceed.class);
    }

    @Test
    void aDuplicateWhileTheFirstRunsWaitsForItsAnswer() throws Exception {
        IdempotencyGuard.Ticket first = proceed("ak", "token-5", "fp");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<IdempotencyGuard.Decision> duplicate = pool.submit(() -> guard.begin("ak", "token-5", "fp"));
            Thread.sleep(50);
            guard.finish(first, CREATED);
            assertThat(duplicate.get()).isEqualTo(new IdempotencyGuard.Replay(CREATED));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDuplicatePastTheWaitBoundIsInProgress() {
        proceed("ak", "token-6", "fp");

        assertThatThrownBy(() -> guard.begin("ak", "token-6", "fp")).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(IdempotencyErrors.REQUEST_IN_PROGRESS));
    }

    @Test
    void aDuplicateWhoseFirstFailsRunsItself() throws Exception {
        IdempotencyGuard.Ticket first = proceed("ak", "token-7", "fp");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<IdempotencyGuard.Decision> duplicate = pool.submit(() -> guard.begin("ak", "token-7", "fp"));
            Thread.sleep(50);
            guard.abandon(first);
            assertThat(duplicate.get()).isInstanceOf(IdempotencyGuard.Proceed.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyConcurrentDuplicatesRunTheOperationOnce() throws Exception {
        IdempotencyGuard patient = IdempotencyGuard.builder(store).waitBound(Duration.ofSeconds(10)).build();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<StoredResponse>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    IdempotencyGuard.Decision decision = patient.begin("ak", "token-8", "fp");
                    if (decision instanceof IdempotencyGuard.Proceed proceed) {
                        runs.incrementAndGet();
                        Thread.sleep(20);
                        patient.finish(proceed.ticket(), CREATED);
                        return CREATED;
                    }
                    return ((IdempotencyGuard.Replay) decision).response();
                }));
            }
            start.countDown();
            for (Future<StoredResponse> answer : answers) {
                assertThat(answer.get()).isEqualTo(CREATED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void aBodyOverTheBoundIsNotKeptAndItsRetryIsToldSo() {
        IdempotencyGuard small = IdempotencyGuard.builder(store).maxStoredBodyBytes(4).build();
        small.finish(proceedWith(small, "token-9"), CREATED);

        assertThatThrownBy(() -> small.begin("ak", "token-9", "fp")).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(IdempotencyErrors.RESPONSE_NOT_STORED));
    }

    @Test
    void aFailingStoreFailsClosedWith503() {
        IdempotencyGuard closed = IdempotencyGuard.builder(new BrokenStore()).build();

        assertThatThrownBy(() -> closed.begin("ak", "token-10", "fp")).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(HttpStatusErrors.SERVICE_UNAVAILABLE));
    }

    @Test
    void failOpenRunsUnguardedWhenTheStoreFails() {
        IdempotencyGuard open = IdempotencyGuard.builder(new BrokenStore()).failOpen(true).build();

        IdempotencyGuard.Decision decision = open.begin("ak", "token-11", "fp");
        assertThat(decision).isInstanceOfSatisfying(IdempotencyGuard.Proceed.class,
                proceed -> assertThat(proceed.ticket().guarded()).isFalse());
        open.finish(((IdempotencyGuard.Proceed) decision).ticket(), CREATED); // no store call, no failure
    }

    @Test
    void malformedTokensAreInvalidUri() {
        for (String token : new String[] {"", "a".repeat(65), "caf\u00e9", "a b", "a\u0000"}) {
            assertThatThrownBy(() -> guard.begin("ak", token, "fp")).as(token).isInstanceOfSatisfying(BceException.class,
                    e -> assertThat(e.getErrorCode()).isSameAs(GlobalErrors.INVALID_URI));
        }
        assertThat(guard.begin("ak", "a".repeat(64), "fp")).isInstanceOf(IdempotencyGuard.Proceed.class);
    }

    @Test
    void aBodyExactlyAtTheBoundIsKept() {
        IdempotencyGuard atBound = IdempotencyGuard.builder(store).maxStoredBodyBytes(CREATED.body().length).build();
        assertThat(atBound.maxStoredBodyBytes()).isEqualTo(CREATED.body().length);
        atBound.finish(proceedWith(atBound, "token-12"), CREATED);

        assertThat(atBound.begin("ak", "token-12", "fp")).isEqualTo(new IdempotencyGuard.Replay(CREATED));
    }

    @Test
    void anAnswerTheAdapterFoundTooLargeIsNotStored() {
        guard.finishTooLarge(proceed("ak", "token-13", "fp"), 200);

        assertThatThrownBy(() -> guard.begin("ak", "token-13", "fp")).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(IdempotencyErrors.RESPONSE_NOT_STORED));
    }

    @Test
    void only2xxIsKept() {
        for (int status : new int[] {199, 300}) {
            guard.finish(proceed("ak", "token-14-" + status, "fp"), new StoredResponse(status, List.of(), new byte[0]));
            assertThat(guard.begin("ak", "token-14-" + status, "fp")).as("status %d", status)
                    .isInstanceOf(IdempotencyGuard.Proceed.class);
        }
        for (int status : new int[] {200, 299}) {
            StoredResponse answer = new StoredResponse(status, List.of(), new byte[0]);
            guard.finish(proceed("ak", "token-15-" + status, "fp"), answer);
            assertThat(guard.begin("ak", "token-15-" + status, "fp")).isEqualTo(new IdempotencyGuard.Replay(answer));
        }
    }

    @Test
    void anUnfinishedClaimExpiresAfterTheClaimTimeToLive() throws Exception {
        IdempotencyGuard shortClaims = IdempotencyGuard.builder(store).claimTtl(Duration.ofMillis(50))
                .ttl(Duration.ofMillis(50)).waitBound(Duration.ZERO).build();
        shortClaims.begin("ak", "token-16", "fp");
        Thread.sleep(150);

        assertThat(shortClaims.begin("ak", "token-16", "fp")).isInstanceOf(IdempotencyGuard.Proceed.class);
    }

    @Test
    void aKeptAnswerExpiresAfterTheTimeToLive() throws Exception {
        IdempotencyGuard shortLived = IdempotencyGuard.builder(store).ttl(Duration.ofMillis(50)).build();
        shortLived.finish(proceedWith(shortLived, "token-17"), CREATED);
        Thread.sleep(150);

        assertThat(shortLived.begin("ak", "token-17", "fp")).isInstanceOf(IdempotencyGuard.Proceed.class);
    }

    @Test
    void aWaitInterruptedIs503WithTheInterruptKept() throws Exception {
        proceed("ak", "token-18", "fp");
        IdempotencyGuard patient = IdempotencyGuard.builder(store).waitBound(Duration.ofSeconds(10)).build();
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                patient.begin("ak", "token-18", "fp");
            } catch (Throwable t) {
                thrown.set(t);
                interrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();
        waiter.join(5000);

        assertThat(thrown.get()).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(HttpStatusErrors.SERVICE_UNAVAILABLE));
        assertThat(interrupted).isTrue();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        IdempotencyGuard.Builder builder = IdempotencyGuard.builder(store);
        assertThatThrownBy(() -> builder.ttl(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ttl must be positive: PT0S");
        assertThatThrownBy(() -> builder.claimTtl(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.waitBound(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxStoredBodyBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.maxStoredBodyBytes(0).build().maxStoredBodyBytes()).isZero();
    }

    @Test
    void theMutatingMethodsAreGuarded() {
        assertThat(List.of("POST", "PUT", "DELETE", "PATCH")).allMatch(IdempotencyGuard::guards);
        assertThat(List.of("GET", "HEAD", "OPTIONS", "post")).noneMatch(IdempotencyGuard::guards);
    }

    private IdempotencyGuard.Ticket proceed(String scope, String token, String fingerprint) {
        return ((IdempotencyGuard.Proceed) guard.begin(scope, token, fingerprint)).ticket();
    }

    private static IdempotencyGuard.Ticket proceedWith(IdempotencyGuard guard, String token) {
        return ((IdempotencyGuard.Proceed) guard.begin("ak", token, "fp")).ticket();
    }

    /** A store whose server is down. */
    private static final class BrokenStore implements IdempotencyStore {
        @Override
        public Entry claim(String key, String owner, String fingerprint, Duration ttl) {
            throw new IllegalStateException("connection refused");
        }


        @Override
        public void complete(String key, String owner, StoredResponse response, boolean tooLarge, Duration ttl) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void release(String key, String owner) {
            throw new IllegalStateException("connection refused");
        }
    }
}
