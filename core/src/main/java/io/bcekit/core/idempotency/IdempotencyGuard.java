package io.bcekit.core.idempotency;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import io.bcekit.core.catalogue.IdempotencyErrors;
import io.bcekit.core.requestid.RandomUuidGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BCE's {@code clientToken} contract over an {@link IdempotencyStore}, for any adapter: the same
 * token with the same request gets the first call's answer and does not run the operation again;
 * the same token with another request is {@code IdempotentParameterMismatch}.
 *
 * <p>{@link #begin} claims the token (per caller scope) or finds it: completed with the same
 * fingerprint, the stored answer is replayed; still running, it waits up to the wait bound for
 * the outcome, then answers {@code IdempotentRequestInProgress} (409). {@link #finish} stores a
 * 2xx answer (its body up to the bound; above it, the token is marked done and a retry gets
 * {@code IdempotentResponseNotStored}) and releases the claim for anything else, so that a retry
 * runs the operation again. A claim not finished (the instance died) expires after the claim time
 * to live. A store that fails makes the request fail closed with {@code ServiceUnavailable} (503,
 * which the SDKs retry), unless fail-open was chosen. Thread-safe.
 */
public final class IdempotencyGuard {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyGuard.class);
    private static final RandomUuidGenerator OWNERS = new RandomUuidGenerator();
    private static final long FIRST_PAUSE_NANOS = Duration.ofMillis(10).toNanos();
    private static final long LONGEST_PAUSE_NANOS = Duration.ofMillis(200).toNanos();

    private final IdempotencyStore store;
    private final Duration ttl;
    private final Duration claimTtl;
    private final Duration waitBound;
    private final int maxStoredBodyBytes;
    private final boolean failOpen;

    /** The scope of callers that did not authenticate: they share one. */
    public static final String ANONYMOUS_SCOPE = "-";
    private static final Set<String> GUARDED_METHODS = Set.of("POST", "PUT", "DELETE", "PATCH");

    private IdempotencyGuard(Builder builder) {
        this.store = builder.store;
        this.ttl = builder.ttl;
        this.claimTtl = builder.claimTtl;
        this.waitBound = builder.waitBound;
        this.maxStoredBodyBytes = builder.maxStoredBodyBytes;
        this.failOpen = builder.failOpen;
    }

    public static Builder builder(IdempotencyStore store) {
        return new Builder(store);
    }

    /** Whether a request with {@code method} is guarded when it carries a client token: the mutating ones. */
    public static boolean guards(String method) {
        return GUARDED_METHODS.contains(method);
    }

    /**
     * Starts a request carrying {@code token} for the caller {@code scope} (its access key, or one
     * anonymous scope). Throws {@link BceException} for a malformed token, a mismatch, a request
     * still in progress past the wait bound, or a store that cannot answer.
     */
    public Decision begin(String scope, String token, String fingerprint) {
        String key = key(scope, ClientToken.require(token));
        String owner = OWNERS.newRequestId(); // unique, not secret: ThreadLocalRandom, no lock
        long deadline = System.nanoTime() + waitBound.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (true) {
            IdempotencyStore.Entry found;
            try {
                found = store.claim(key, owner, fingerprint, claimTtl);
            } catch (RuntimeException storeFailure) {
                return storeDown(key, owner, storeFailure);
            }
            if (found == null) {
                return new Proceed(new Ticket(key, owner, true));
            }
            if (!found.fingerprint().equals(fingerprint)) {
                throw new BceException(GlobalErrors.IDEMPOTENT_PARAMETER_MISMATCH);
            }
            if (found.completed()) {
                if (found.tooLarge()) {
                    throw new BceException(IdempotencyErrors.RESPONSE_NOT_STORED);
                }
                return new Replay(found.response());
            }
            // The pause only paces the polling: a shorter or no pause (pitest's mutants of these three
            // lines) gives the same answers, sooner or busier.
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new BceException(IdempotencyErrors.REQUEST_IN_PROGRESS);
            }
            sleep(Math.min(pause, remaining));
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }

    /** Ends a request that produced {@code response}: kept if 2xx, else the claim is released. */
    public void finish(Ticket ticket, StoredResponse response) {
        boolean tooLarge = response.body().length > maxStoredBodyBytes;
        record(ticket, tooLarge ? new StoredResponse(response.status(), List.of(), new byte[0]) : response, tooLarge);
    }

    /**
     * Ends a request whose answer had status {@code status} and a body over
     * {@link #maxStoredBodyBytes()}, which the adapter stopped recording.
     */
    public void finishTooLarge(Ticket ticket, int status) {
        record(ticket, new StoredResponse(status, List.of(), new byte[0]), true);
    }

    /** The largest body kept for replay: adapters record no more than this. */
    public int maxStoredBodyBytes() {
        return maxStoredBodyBytes;
    }

    /** How long a completed answer is kept. */
    public Duration ttl() {
        return ttl;
    }

    /** How long an unfinished claim holds its token. */
    public Duration claimTtl() {
        return claimTtl;
    }

    /** How long a duplicate waits for the first request's outcome. */
    public Duration waitBound() {
        return waitBound;
    }

    /** Whether requests run unguarded when the store fails. */
    public boolean failOpen() {
        return failOpen;
    }

    private void record(Ticket ticket, StoredResponse response, boolean tooLarge) {
        if (!ticket.guarded()) {
            return;
        }
        try {
            if (response.status() < 200 || response.status() > 299) {
                store.release(ticket.key(), ticket.owner());
            } else {
                store.complete(ticket.key(), ticket.owner(), response, tooLarge, ttl);
            }
        } catch (RuntimeException storeFailure) {
            // The answer is sent anyway; a retry finds the claim until it expires (the claim TTL).
            LOG.error("Could not record the outcome of client token {}; its claim expires in {}", ticket.key(),
                    claimTtl, storeFailure);
        }
    }

    /** Ends a request that failed or never fully arrived: the claim is released, a retry runs again. */
    public void abandon(Ticket ticket) {
        if (!ticket.guarded()) {
            return;
        }
        try {
            store.release(ticket.key(), ticket.owner());
        } catch (RuntimeException storeFailure) {
            LOG.error("Could not release client token {}; its claim expires in {}", ticket.key(), claimTtl,
                    storeFailure);
        }
    }

    /** Scope and token, the scope's length first so that no two pairs make one key. */
    static String key(String scope, String token) {
        return scope.length() + ":" + scope + ":" + token;
    }

    private Decision storeDown(String key, String owner, RuntimeException failure) {
        if (failOpen) {
            LOG.warn("Idempotency store unavailable; running client token {} unguarded (fail-open): {}", key,
                    failure.toString());
            return new Proceed(new Ticket(key, owner, false));
        }
        throw new BceException(HttpStatusErrors.SERVICE_UNAVAILABLE, failure);
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BceException(HttpStatusErrors.SERVICE_UNAVAILABLE, e);
        }
    }

    /** What {@link #begin} decided. */
    public sealed interface Decision permits Proceed, Replay {
    }

    /** Run the operation, then {@link #finish} or {@link #abandon} the ticket. */
    public record Proceed(Ticket ticket) implements Decision {
    }

    /** Do not run the operation: answer with the first call's response. */
    public record Replay(StoredResponse response) implements Decision {
    }

    /** A claim held by one request; {@code guarded} is false for a request let through by fail-open. */
    public record Ticket(String key, String owner, boolean guarded) {
    }

    public static final class Builder {
        private final IdempotencyStore store;
        private Duration ttl = Duration.ofHours(24);
        private Duration claimTtl = Duration.ofMinutes(5);
        private Duration waitBound = Duration.ofSeconds(5);
        private int maxStoredBodyBytes = 1024 * 1024;
        private boolean failOpen;

        private Builder(IdempotencyStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** How long a completed answer is kept for retries (default 24 hours). */
        public Builder ttl(Duration ttl) {
            this.ttl = positive(ttl, "ttl");
            return this;
        }

        /** How long an unfinished claim holds the token (default 5 minutes): longer than any request runs. */
        public Builder claimTtl(Duration claimTtl) {
            this.claimTtl = positive(claimTtl, "claimTtl");
            return this;
        }

        /** How long a duplicate waits for the first request's outcome (default 5 seconds). */
        public Builder waitBound(Duration waitBound) {
            this.waitBound = Objects.requireNonNull(waitBound, "waitBound");
            if (waitBound.isNegative()) {
                throw new IllegalArgumentException("waitBound must not be negative: " + waitBound);
            }
            return this;
        }

        /** The largest body kept for replay (default 1 MiB). */
        public Builder maxStoredBodyBytes(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("maxStoredBodyBytes must not be negative: " + bytes);
            }
            this.maxStoredBodyBytes = bytes;
            return this;
        }

        /** Run requests unguarded when the store fails, instead of answering 503 (default false). */
        public Builder failOpen(boolean failOpen) {
            this.failOpen = failOpen;
            return this;
        }

        public IdempotencyGuard build() {
            return new IdempotencyGuard(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
