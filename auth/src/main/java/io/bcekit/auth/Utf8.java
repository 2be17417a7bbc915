package io.bcekit.auth;

/**
 * Strict UTF-8 validation (RFC 3629): no overlong forms, no encoded surrogates, nothing above
 * U+10FFFF. Hand-written because a {@code CharsetDecoder} per request would allocate, and
 * {@code new String(bytes, UTF_8)} silently replaces bad input instead of reporting it.
 */
final class Utf8 {

    private Utf8() {
    }

    static boolean isValid(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int continuation;
            int min;
            int max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
                min = b == 0xE0 ? 0xA0 : 0x80; // 0xE0 below 0xA0 would be overlong
                max = b == 0xED ? 0x9F : 0xBF; // 0xED above 0x9F would encode a surrogate
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
                min = b == 0xF0 ? 0x90 : 0x80; // 0xF0 below 0x90 would be overlong
                max = b == 0xF4 ? 0x8F : 0xBF; // 0xF4 above 0x8F would exceed U+10FFFF
            } else {
                return false;
            }
            if (i + continuation >= length) { // truncated sequence
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return false;
            }
            for (int k = 2; k <= continuation; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += continuation + 1;
        }
        return true;
    }
}
