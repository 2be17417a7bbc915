package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 and the lower-case hex bce-auth-v1 writes its results in.
 *
 * <p>{@code Mac.getInstance} walks the provider list on every call, so each thread keeps one
 * {@link Mac} and only re-keys it ({@code init}) per use. Every Java runtime must provide
 * HmacSHA256, so failing to get one is a broken runtime, not bad input.
 */
final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LOWER_HEX = "0123456789abcdef".getBytes(US_ASCII);
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(HmacSha256::newMac);

    private HmacSha256() {
    }

    /** The 32-byte MAC of {@code data[0, length)} keyed with {@code key} (which must not be empty). */
    static byte[] mac(byte[] key, byte[] data, int length) {
        Mac mac = MAC.get();
        try {
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 rejected a raw key", e);
        }
        mac.update(data, 0, length);
        return mac.doFinal();
    }

    /** Lower-case hex of {@code bytes} as ASCII bytes: the form bce-auth-v1 keys its second HMAC with. */
    static byte[] hexBytes(byte[] bytes) {
        byte[] hex = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            hex[2 * i] = LOWER_HEX[(bytes[i] >>> 4) & 0xF];
            hex[2 * i + 1] = LOWER_HEX[bytes[i] & 0xF];
        }
        return hex;
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks HmacSHA256", e);
        }
    }
}
