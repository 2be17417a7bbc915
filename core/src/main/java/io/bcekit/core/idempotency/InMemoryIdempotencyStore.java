package io.bcekit.core.idempotency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Objects;

/**
 * Claims and outcomes in this JVM, on a Caffeine cache bounded by weight (the bytes of the stored
 * bodies plus a fixed cost per entry) and expiring each entry after the time to live it was
 * written with. Right for one instance; several instances need a shared store (bcekit-redis).
 * When the bound is reached the least valuable entries are dropped early: a retry of such a
 * token then runs again, so size the bound for the requests a TTL brings.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    /** What an entry costs beside its body: key, owner, fingerprint, headers, map overhead. */
    static final int ENTRY_OVERHEAD_BYTES = 512;
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Cache<String, Timed> entries;

    /** Up to 64 MiB of entries; also what a {@code store} init-param naming this class gets. */
    public InMemoryIdempotencyStore() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Up to {@code maxBytes} of entries. */
    public InMemoryIdempotencyStore(long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .executor(Runnable::run) // evict on the writing thread: the bound holds when a write returns
                .maximumWeight(maxBytes)
                .weigher((String key, Timed timed) -> weight(key, timed.entry()))
                .expireAfter(new Expiry<String, Timed>() {
                    @Override
                    public long expireAfterCreate(String key, Timed timed, long now) {
                        return timed.ttlNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Timed timed, long now, long remaining) {
                        return timed.ttlNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Timed timed, long now, long remaining) {
                        return remaining;
                    }
                })
                .build();
    }

    public static InMemoryIdempotencyStore withDefaults() {
        return new InMemoryIdempotencyStore();
    }

    @Override
    public Entry claim(String key, String owner, String fingerprint, Duration ttl) {
        Timed existing = entries.asMap().putIfAbsent(key, new Timed(Entry.claimed(owner, fingerprint), ttl.toNanos()));
        return existing == null ? null : existing.entry();
    }

    /** The entry under {@code key}, or null: for inspection; the guard needs only claims. */
    public Entry get(String key) {
        Timed timed = entries.getIfPresent(key);
        return timed == null ? null : timed.entry();
    }

    @Override
    public void complete(String key, String owner, StoredResponse response, boolean tooLarge, Duration ttl) {
        entries.asMap().computeIfPresent(key, (k, timed) -> heldBy(timed, owner)
                ? new Timed(new Entry(owner, timed.entry().fingerprint(), response, tooLarge), ttl.toNanos()) : timed);
    }

    @Override
    public void release(String key, String owner) {
        entries.asMap().computeIfPresent(key, (k, timed) -> heldBy(timed, owner) ? null : timed);
    }

    /** Claimed by {@code owner} and not completed yet. */
    private static boolean heldBy(Timed timed, String owner) {
        return Objects.equals(timed.entry().owner(), owner) && !timed.entry().completed();
    }

    private static int weight(String key, Entry entry) {
        long body = entry.response() == null ? 0 : entry.response().body().length;
        return (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD_BYTES + key.length() + body);
    }

    private record Timed(Entry entry, long ttlNanos) {
    }
}
