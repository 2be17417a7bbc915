package io.bcekit.core.requestid;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The default ids: random (version 4) UUIDs in lower-case, 36 characters, like the seed's example.
 *
 * <p>Drawn from {@link ThreadLocalRandom}, so threads never contend (unlike
 * {@code UUID.randomUUID()}, which shares one {@code SecureRandom}). Request ids label log lines;
 * they are not secrets, so they need no cryptographic randomness.
 */
public final class RandomUuidGenerator implements RequestIdGenerator {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @Override
    public String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        char[] id = new char[36];
        hex(high >>> 32, 8, id, 0);
        id[8] = '-';
        hex(high >>> 16, 4, id, 9);
        id[13] = '-';
        hex(high, 4, id, 14);
        id[18] = '-';
        hex(low >>> 48, 4, id, 19);
        id[23] = '-';
        hex(low, 12, id, 24);
        return new String(id);
    }

    /** Writes the low {@code digits} hex digits of {@code value} at {@code offset}. */
    private static void hex(long value, int digits, char[] into, int offset) {
        for (int i = offset + digits - 1; i >= offset; i--) {
            into[i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }
}
