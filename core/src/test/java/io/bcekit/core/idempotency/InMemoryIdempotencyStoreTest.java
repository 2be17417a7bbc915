package io.bcekit.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryIdempotencyStoreTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private static StoredResponse answer(int bodyBytes) {
        return new StoredResponse(200, List.of(), new byte[bodyBytes]);
    }

    @Test
    void onlyTheOwnerOfAClaimInProgressCompletesOrReleasesIt() {
        InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
        assertThat(store.get("k")).isNull();
        assertThat(store.claim("k", "owner", "fp", HOUR)).isNull();

        store.complete("k", "other", answer(1), false, HOUR);
        store.release("k", "other");
        assertThat(store.get("k")).isEqualTo(IdempotencyStore.Entry.claimed("owner", "fp"));

        store.complete("k", "owner", answer(1), false, HOUR);
        store.release("k", "owner"); // completed: stays
        assertThat(store.get("k")).isEqualTo(new IdempotencyStore.Entry("owner", "fp", answer(1), false));
        assertThat(store.claim("k", "late", "fp", HOUR)).isEqualTo(store.get("k"));
    }

    @Test
    void theOwnerReleasesItsClaim() {
        InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
        store.claim("k", "owner", "fp", HOUR);
        store.release("k", "owner");

        assertThat(store.get("k")).isNull();
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() throws Exception {
        InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
        store.claim("k", "owner", "fp", Duration.ofMillis(50));
        Thread.sleep(150);

        assertThat(store.get("k")).isNull();
    }

    /** Bodies and a fixed cost per entry count against the bound: older entries go first. */
    @Test
    void theByteBoundEvictsEntries() {
        long bound = 10 * (InMemoryIdempotencyStore.ENTRY_OVERHEAD_BYTES + 1000);
        InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(bound);
        for (int i = 0; i < 100; i++) {
            store.claim("key-" + i, "owner", "fp", HOUR);
            store.complete("key-" + i, "owner", answer(1000), false, HOUR);
        }
        long kept = java.util.stream.IntStream.range(0, 100).filter(i -> store.get("key-" + i) != null).count();

        assertThat(kept).isBetween(1L, 10L);
    }
}
