package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * bce-auth-v1's encoding function {@code E()} and the strict percent-decoding a verifier needs to
 * rebuild canonical forms from what arrived on the wire.
 *
 * <p>Decoding hands back {@code null} for input it cannot decode (a bad or truncated {@code %XX},
 * invalid UTF-8, a lone surrogate): callers turn that into the right {@code BceException}, so
 * hostile input never surfaces as another exception type.
 */
final class PercentEncoding {

    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
            UNRESERVED[Character.toLowerCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['~'] = true;
    }

    private PercentEncoding() {
    }

    /** {@code E(s)}: UTF-8 bytes, {@code A-Z a-z 0-9 - . _ ~} kept, every other byte {@code %XX}. */
    static String encode(String text) {
        if (isAlreadyEncoded(text, false)) {
            return text;
        }
        AsciiBuilder out = new AsciiBuilder(text.length() + 16);
        appendEncoded(text, out);
        return out.toString();
    }

    /**
     * Appends {@code E(text)} to {@code out}: straight from the characters while they are ASCII
     * (the usual header value), with no byte array in between; from the first other character
     * on, from the UTF-8 bytes {@code String.getBytes} gives (a lone surrogate becomes {@code %3F}).
     */
    static void appendEncoded(String text, AsciiBuilder out) {
        int nonAscii = out.appendPercentEncodedAscii(text, UNRESERVED);
        // char nonAscii-1 is ASCII: no surrogate pair is split ("<=" would encode an empty rest: equivalent)
        if (nonAscii < text.length()) {
            encodeInto(text.substring(nonAscii).getBytes(UTF_8), false, out);
        }
    }

    /** Appends {@code E()} of {@code bytes}; with {@code keepSlash} a {@code /} stays (canonical URI). */
    static void encodeInto(byte[] bytes, boolean keepSlash, AsciiBuilder out) {
        for (byte value : bytes) {
            appendEncodedByte(value & 0xFF, keepSlash, out);
        }
    }

    /** Whether {@code E(text)} is {@code text} itself (with {@code /} kept when {@code keepSlash}). */
    static boolean isAlreadyEncoded(String text, boolean keepSlash) {
        return isAlreadyEncoded(text, 0, text.length(), keepSlash);
    }

    /** Whether {@code E(text[from, to))} is that text itself (with {@code /} kept when {@code keepSlash}). */
    static boolean isAlreadyEncoded(String text, int from, int to, boolean keepSlash) {
        // Only a speed-up: decoding and encoding text it accepts gives that text back, so "false"
        // in its place (a mutant) changes no canonical form.
        for (int i = from; i < to; i++) {
            if (!isKept(text.charAt(i), keepSlash)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends the canonical form of the raw (wire) text {@code raw[from, to)}: percent-decoded,
     * then {@code E()}-encoded. Returns false, having appended an unspecified part, when it
     * cannot be decoded.
     */
    static boolean recodeInto(String raw, int from, int to, boolean keepSlash, AsciiBuilder out) {
        if (isAlreadyEncoded(raw, from, to, keepSlash)) {
            out.append(raw, from, to); // the common case: nothing to decode, nothing to encode
            return true;
        }
        byte[] decoded = decode(raw, from, to);
        if (decoded == null) {
            return false;
        }
        encodeInto(decoded, keepSlash, out);
        return true;
    }

    /**
     * Percent-decodes {@code raw[from, to)} to bytes that are valid UTF-8, or {@code null} when it
     * cannot: a {@code %} not followed by two hex digits, invalid UTF-8 after decoding, or a lone
     * surrogate. {@code +} stays {@code +}: the SDK never sends {@code +} for a space.
     */
    static byte[] decode(String raw, int from, int to) {
        byte[] out = new byte[(to - from) * 3]; // room enough; a larger array (a mutant) changes nothing
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                // "i + 2 <= to" in the first line alone is equivalent: the second still finds no low digit.
                int high = i + 2 < to ? hexValue(raw.charAt(i + 1)) : -1;
                int low = i + 2 < to ? hexValue(raw.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                out[length++] = (byte) ((high << 4) | low);
                i += 2;
            } else if (c < 0x80) {
                out[length++] = (byte) c;
            } else if (!Character.isSurrogate(c)) {
                // A container that hands over raw non-ASCII characters: take them as UTF-8, as URI does.
                length = appendUtf8(c, out, length);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(raw.charAt(i + 1))) {
                length = appendUtf8(Character.toCodePoint(c, raw.charAt(++i)), out, length);
            } else {
                return null;
            }
        }
        return Utf8.isValid(out, length) ? Arrays.copyOf(out, length) : null;
    }

    /** Appends {@code E()} of one byte (0–255). */
    private static void appendEncodedByte(int b, boolean keepSlash, AsciiBuilder out) {
        if (isKept(b, keepSlash)) {
            out.append((char) b);
        } else {
            out.appendPercentEncoded(b);
        }
    }

    /** Whether {@code c} is one of {@code A-Z a-z 0-9 - . _ ~}, which {@code E()} keeps. */
    static boolean isUnreserved(char c) {
        return c < 128 && UNRESERVED[c];
    }

    private static boolean isKept(int c, boolean keepSlash) {
        return (c < 128 && UNRESERVED[c]) || (keepSlash && c == '/');
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static int appendUtf8(int codePoint, byte[] out, int at) {
        if (codePoint < 0x800) {
            out[at++] = (byte) (0xC0 | codePoint >>> 6);
        } else if (codePoint < 0x10000) {
            out[at++] = (byte) (0xE0 | codePoint >>> 12);
            out[at++] = (byte) (0x80 | (codePoint >>> 6 & 0x3F));
        } else {
            out[at++] = (byte) (0xF0 | codePoint >>> 18);
            out[at++] = (byte) (0x80 | (codePoint >>> 12 & 0x3F));
            out[at++] = (byte) (0x80 | (codePoint >>> 6 & 0x3F));
        }
        out[at++] = (byte) (0x80 | (codePoint & 0x3F));
        return at;
    }
}
