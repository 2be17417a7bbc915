package io.bcekit.core.requestid;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The default ids: random (version 4) UUIDs in lower-case, 36 characters, like the seed's example.
 *
 * <p>Drawn from {@link ThreadLocalRandom}, so threads never contend (unlike
 * {@code UUID.randomUUID()}, which shares one {@code SecureRandom}). Request ids label log lines;
 * they are not secrets, so they need no cryptographic randomness. Formatted by
 * {@link UUID#toString()}, which writes straight into the string's own bytes.
 */
public final class RandomUuidGenerator implements RequestIdGenerator {

    @Override
    public String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(high, low).toString();
    }
}
