package io.bcekit.auth;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.time.Instant;
import java.util.Arrays;

/**
 * A parsed {@code Authorization} value:
 * {@code bce-auth-v1/{accessKeyId}/{timestamp}/{expirationSeconds}/{signedHeaders}/{signature}}.
 *
 * <p>Every way the text can be wrong ends in {@code InvalidHTTPAuthHeader}; nothing is looked up
 * and no time is compared here. {@code authStringPrefix} is the first four fields as received,
 * exactly what the client fed to the first HMAC, as the ASCII bytes that HMAC reads;
 * {@code signature} is the 32 bytes the hex names (arrays in a record: this type never leaves the
 * package and is never compared).
 */
record AuthorizationHeader(String accessKeyId, byte[] authStringPrefix, long timestampEpochSecond,
        int expirationSeconds, HeaderSelection signedHeaders, byte[] signature) {

    static final String VERSION = "bce-auth-v1";
    /** Far above any real value (about 150 characters), low enough that parsing stays cheap. */
    static final int MAX_LENGTH = 8 * 1024;

    private static final int SIGNATURE_HEX_LENGTH = 64;
    private static final int MAX_EXPIRATION_DIGITS = 10;
    /** The value of each lower-case hex digit by ASCII code, -1 for any other character. */
    private static final byte[] LOWER_HEX_VALUES = lowerHexValues();

    /** Parses {@code value} (null when the header is absent). */
    static AuthorizationHeader parse(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            throw invalid();
        }
        String text = trimOptionalWhitespace(value);
        if (!text.startsWith(VERSION + "/")) {
            throw invalid(); // another scheme or version
        }
        // The slashes found by indexOf (a vectorised intrinsic), each field is checked for exactly
        // the characters it may hold: no separate pass over the whole text is needed.
        int[] slashes = new int[5];
        slashes[0] = VERSION.length();
        for (int k = 1; k < slashes.length; k++) {
            slashes[k] = text.indexOf('/', slashes[k - 1] + 1);
            if (slashes[k] < 0) {
                throw invalid(); // too few fields (a seventh would fail the signature's 64 hex digits)
            }
        }
        // Mutation testing: starting a visible-ASCII check two characters early reads "1/" or a digit and
        // '/', reading one past the end reads a '/', and "slashes[k] <= 0" above meets a slash never at
        // 0: all visible or impossible, so those mutants are equivalent.
        if (slashes[1] == slashes[0] + 1 || !isVisibleAscii(text, slashes[0] + 1, slashes[1])
                || !isVisibleAscii(text, slashes[3] + 1, slashes[4])) {
            throw invalid(); // an empty access key id, or a control or non-ASCII character in a free-form field
        }
        long timestamp = AuthTimestamp.parseEpochSecond(text, slashes[1] + 1, slashes[2]);
        int expiration = parseExpiration(text, slashes[2] + 1, slashes[3]);
        HeaderSelection selection = HeaderSelection.parse(text.substring(slashes[3] + 1, slashes[4]));
        byte[] signature = parseSignature(text, slashes[4] + 1);
        if (timestamp == AuthTimestamp.INVALID || expiration < 0 || selection == null || signature == null) {
            throw invalid();
        }
        return new AuthorizationHeader(text.substring(slashes[0] + 1, slashes[1]), asciiBytes(text, slashes[3]),
                timestamp, expiration, selection, signature);
    }

    Instant timestamp() {
        return Instant.ofEpochSecond(timestampEpochSecond);
    }

    private static BceException invalid() {
        return new BceException(GlobalErrors.INVALID_HTTP_AUTH_HEADER);
    }

    /** Drops the spaces and tabs HTTP allows around a field value; a container usually has already. */
    private static String trimOptionalWhitespace(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isVisibleAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code length} characters of {@code text}, known to be ASCII, as bytes (no String in between). */
    private static byte[] asciiBytes(String text, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    /** A non-negative decimal int, or -1. */
    private static int parseExpiration(String text, int from, int to) {
        if (to == from || to - from > MAX_EXPIRATION_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /** 64 lower-case hex digits from {@code from} to the end, as 32 bytes; or null. */
    private static byte[] parseSignature(String text, int from) {
        if (text.length() - from != SIGNATURE_HEX_LENGTH) {
            return null;
        }
        byte[] bytes = new byte[SIGNATURE_HEX_LENGTH / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = lowerHexValue(text.charAt(from + 2 * i));
            int low = lowerHexValue(text.charAt(from + 2 * i + 1));
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static int lowerHexValue(char c) {
        return c < LOWER_HEX_VALUES.length ? LOWER_HEX_VALUES[c] : -1;
    }

    private static byte[] lowerHexValues() {
        byte[] values = new byte[128];
        Arrays.fill(values, (byte) -1);
        for (int digit = 0; digit < 16; digit++) {
            values[Character.forDigit(digit, 16)] = (byte) digit;
        }
        return values;
    }
}
