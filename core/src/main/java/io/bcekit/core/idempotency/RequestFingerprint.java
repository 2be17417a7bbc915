package io.bcekit.core.idempotency;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What makes two requests "the same request" for one client token: method, path, the query
 * without {@code clientToken} (parameters in any order) and the body bytes, hashed into one
 * SHA-256 hex string. The body itself is never kept.
 *
 * <p>The hash is over the UTF-8 bytes of {@code method \n path \n query \n} followed by the body,
 * where query is the remaining parameters sorted and joined by {@code &}. It runs on every guarded
 * request, so the line is fed to the digest through a per-thread scratch buffer rather than built
 * as a string first.
 */
public final class RequestFingerprint {

    private static final ThreadLocal<Hasher> HASHERS = ThreadLocal.withInitial(Hasher::new);

    private RequestFingerprint() {
    }

    public static String of(String method, String path, String rawQuery, byte[] body) {
        return HASHERS.get().fingerprint(method, path, rawQuery == null ? "" : rawQuery, body);
    }

    /** One thread's digest and scratch buffer; the ASCII a request line is made of goes in byte by byte. */
    private static final class Hasher {
        private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(ISO_8859_1);
        private static final int DIGEST_BYTES = 32;

        private final MessageDigest sha256 = sha256();
        private final byte[] scratch = new byte[256];
        private int used;

        String fingerprint(String method, String path, String query, byte[] body) {
            add(method, 0, method.length());
            addByte('\n');
            add(path, 0, path.length());
            addByte('\n');
            addQueryWithoutToken(query);
            addByte('\n');
            flush();
            sha256.update(body);
            return hexDigest();
        }

        /**
         * The parameters other than {@code clientToken}, sorted (the SDK's order depends on a hash
         * map) and joined by {@code &}. The SDK sends one or two parameters, so only a longer query
         * is split into strings to sort.
         */
        private void addQueryWithoutToken(String query) {
            String[] kept = null;
            int keptCount = 0;
            int onlyStart = 0;
            int onlyEnd = 0;
            for (int start = 0; start < query.length(); ) {
                int end = query.indexOf('&', start);
                end = end < 0 ? query.length() : end;
                if (end > start && !ClientToken.isParameter(query, start, end)) {
                    if (keptCount == 0) {
                        onlyStart = start;
                        onlyEnd = end;
                    } else {
                        if (kept == null) {
                            kept = new String[query.length()]; // more than the parameters there can be
                            kept[0] = query.substring(onlyStart, onlyEnd);
                        }
                        kept[keptCount] = query.substring(start, end);
                    }
                    keptCount++;
                }
                start = end + 1;
            }
            if (kept == null) {
                add(query, onlyStart, onlyEnd);
                return;
            }
            Arrays.sort(kept, 0, keptCount);
            for (int i = 0; i < keptCount; i++) {
                if (i > 0) {
                    addByte('&');
                }
                add(kept[i], 0, kept[i].length());
            }
        }

        private void add(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) { // rare: a decoded path; the rest goes in as UTF-8 (no pair split: all before is ASCII)
                    flush();
                    sha256.update(text.substring(i, to).getBytes(UTF_8));
                    return;
                }
                addByte(c);
            }
        }

        private void addByte(char ascii) {
            if (used == scratch.length) {
                flush();
            }
            scratch[used++] = (byte) ascii;
        }

        private void flush() {
            sha256.update(scratch, 0, used);
            used = 0;
        }

        /** The digest (which also resets it) written as hex into the scratch buffer, then copied once into the string. */
        private String hexDigest() {
            try {
                sha256.digest(scratch, 0, DIGEST_BYTES);
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 digests are 32 bytes", e);
            }
            for (int i = 0; i < DIGEST_BYTES; i++) {
                scratch[DIGEST_BYTES + 2 * i] = HEX_DIGITS[(scratch[i] >> 4) & 0xF];
                scratch[DIGEST_BYTES + 2 * i + 1] = HEX_DIGITS[scratch[i] & 0xF];
            }
            return new String(scratch, DIGEST_BYTES, 2 * DIGEST_BYTES, ISO_8859_1);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
