package io.bcekit.core.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * What makes two requests "the same request" for one client token: method, path, the query
 * without {@code clientToken} (parameters in any order) and the body bytes, hashed into one
 * SHA-256 hex string. The body itself is never kept.
 */
public final class RequestFingerprint {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(RequestFingerprint::sha256);

    private RequestFingerprint() {
    }

    /** One digest over the request line parts (no line break can occur in them) and then the body bytes. */
    public static String of(String method, String path, String rawQuery, byte[] body) {
        MessageDigest sha256 = SHA256.get();
        sha256.update((method + '\n' + path + '\n' + queryWithoutToken(rawQuery) + '\n').getBytes(UTF_8));
        return HexFormat.of().formatHex(sha256.digest(body)); // digest() also resets it for the next use
    }

    /** The query's parameters, {@code clientToken} left out, sorted: the SDK's order depends on a hash map. */
    static String queryWithoutToken(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !name(parameter).equals(ClientToken.PARAMETER))
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
