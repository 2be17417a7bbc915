package io.bcekit.core.idempotency;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The {@code clientToken} query parameter: 1 to 64 printable ASCII characters, no space. */
public final class ClientToken {

    public static final String PARAMETER = "clientToken";
    public static final int MAX_LENGTH = 64;

    private ClientToken() {
    }

    /**
     * The first {@code clientToken} in a raw query, percent-decoded ({@code +} stays a plus: the
     * SDKs never send one for a space), or null when there is none; {@code InvalidURI} for a bad
     * escape. Every mutating request asks, so the query is scanned in place, not split.
     */
    public static String fromQuery(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        // "<=" (pitest's boundary mutant) gives the same answers: at the end there is only an empty parameter
        for (int start = 0; start < rawQuery.length(); ) {
            int end = rawQuery.indexOf('&', start);
            end = end < 0 ? rawQuery.length() : end;
            if (isParameter(rawQuery, start, end)) {
                return decode(rawQuery.substring(Math.min(start + PARAMETER.length() + 1, end), end));
            }
            start = end + 1;
        }
        return null;
    }

    /** Whether the query parameter from {@code start} to {@code end} is {@code clientToken}, with a value or none. */
    static boolean isParameter(String query, int start, int end) {
        int nameEnd = start + PARAMETER.length();
        return query.startsWith(PARAMETER, start) && (nameEnd == end || query.charAt(nameEnd) == '=');
    }

    private static String decode(String value) {
        if (value.indexOf('%') < 0) {
            return value; // the SDKs' UUIDs: nothing to decode
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new BceException(GlobalErrors.INVALID_URI);
        }
    }

    /** {@code token} when well-formed; else {@code InvalidURI}, as for any unparseable query parameter. */
    public static String require(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            throw new BceException(GlobalErrors.INVALID_URI);
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw new BceException(GlobalErrors.INVALID_URI);
            }
        }
        return token;
    }
}
