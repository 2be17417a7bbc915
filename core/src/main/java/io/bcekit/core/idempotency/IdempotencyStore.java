package io.bcekit.core.idempotency;

import java.time.Duration;

/**
 * Where claims and outcomes of client tokens live: in this JVM ({@link InMemoryIdempotencyStore})
 * or shared by many instances (bcekit-redis). Every operation on one key is atomic. A store that
 * cannot answer throws; the guard then fails closed.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for {@code owner} unless an entry exists. Returns null when the claim was
     * made, else the entry found (in progress, or completed).
     */
    Entry claim(String key, String owner, String fingerprint, Duration ttl);

    /**
     * Records the outcome, if {@code owner} still holds the claim; otherwise changes nothing.
     * {@code tooLarge}: the request completed but its body was over the bound and is not kept.
     */
    void complete(String key, String owner, StoredResponse response, boolean tooLarge, Duration ttl);

    /** Removes the claim, if {@code owner} still holds it and it is not completed. */
    void release(String key, String owner);

    /**
     * One key's state: held by {@code owner} for the request with {@code fingerprint}; completed
     * when {@code response} is not null. A completed entry with {@link #tooLarge} kept no body.
     */
    record Entry(String owner, String fingerprint, StoredResponse response, boolean tooLarge) {

        public static Entry claimed(String owner, String fingerprint) {
            return new Entry(owner, fingerprint, null, false);
        }

        public boolean completed() {
            return response != null;
        }
    }
}
