package io.bcekit.core;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * Writes the envelope's wire bytes, {@code {"requestId":"…","code":"…","message":"…"}} in UTF-8,
 * escaped exactly as Jackson's {@code UTF8JsonGenerator} does with its default features:
 * <ul>
 *   <li>{@code "} and {@code \} as {@code \"} and {@code \\}; {@code \b \t \n \f \r} as such; any
 *       other character below U+0020 as <code>&#92;u00XX</code>;
 *   <li>every other character, U+007F and non-ASCII included, raw in UTF-8, except
 *   <li>a surrogate pair (a supplementary character) as two <code>&#92;uXXXX</code> escapes;
 *   <li>a lone surrogate, which UTF-8 cannot carry, as U+FFFD, so writing never fails on a message.
 * </ul>
 * Hex digits are upper-case. Each field is measured, then written, so the one array allocated is
 * the result; plain printable ASCII (the usual case: ids, codes and catalogue texts) is copied in
 * bulk, a whole field or a run at a time. Envelopes are written on every error response:
 * Jackson's generator spent most of the error path's time and bytes in per-call set-up
 * (docs/performance.md).
 */
final class EnvelopeJsonWriter {

    private static final byte[] OPEN = ascii("{\"requestId\":\"");
    private static final byte[] AFTER_REQUEST_ID = ascii("\",\"code\":\"");
    private static final byte[] AFTER_CODE = ascii("\",\"message\":\"");
    private static final byte[] CLOSE = ascii("\"}");
    private static final int FIXED_LENGTH = OPEN.length + AFTER_REQUEST_ID.length + AFTER_CODE.length + CLOSE.length;
    private static final byte[] UPPER_HEX = ascii("0123456789ABCDEF");
    private static final char REPLACEMENT = '\uFFFD';
    /** Per ASCII character: 0 written as is, the letter of a two-character escape, or -1 for <code>&#92;u00XX</code>. */
    private static final byte[] ASCII_ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ASCII_ESCAPES[c] = -1;
        }
        ASCII_ESCAPES['"'] = '"';
        ASCII_ESCAPES['\\'] = '\\';
        ASCII_ESCAPES['\b'] = 'b';
        ASCII_ESCAPES['\t'] = 't';
        ASCII_ESCAPES['\n'] = 'n';
        ASCII_ESCAPES['\f'] = 'f';
        ASCII_ESCAPES['\r'] = 'r';
    }

    private EnvelopeJsonWriter() {
    }

    static byte[] write(String requestId, String code, String message) {
        int requestIdLength = encodedLength(requestId);
        int codeLength = encodedLength(code);
        int messageLength = encodedLength(message);
        byte[] out = new byte[FIXED_LENGTH + requestIdLength + codeLength + messageLength];
        int at = put(OPEN, out, 0);
        at = field(requestId, requestIdLength, out, at);
        at = put(AFTER_REQUEST_ID, out, at);
        at = field(code, codeLength, out, at);
        at = put(AFTER_CODE, out, at);
        at = field(message, messageLength, out, at);
        put(CLOSE, out, at);
        return out;
    }

    /**
     * Writes one field whose encoded length is known. A text is plain (ASCII without controls,
     * quote or backslash) exactly when that length is its own: every other character takes more
     * than one byte, a surrogate pair more than two. Plain text is copied without a second look.
     */
    private static int field(String text, int encodedLength, byte[] out, int at) {
        return encodedLength == text.length() ? copyPlain(text, 0, encodedLength, out, at) : encode(text, out, at);
    }

    /** How many bytes {@link #encode} writes for {@code text}. */
    static int encodedLength(String text) {
        int length = 0;
        int i = 0;
        // Mutation testing: "i <= length" here and in encode is equivalent (at the end the plain run is
        // empty and the break ends the loop), as is "escape >= 0" below (only a non-plain character,
        // whose entry is never 0, gets there).
        while (i < text.length()) {
            int plainEnd = plainRunEnd(text, i);
            length += plainEnd - i;
            i = plainEnd;
            if (i == text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                length += ASCII_ESCAPES[c] > 0 ? 2 : 6;
            } else if (c < 0x800) {
                length += 2;
            } else if (!Character.isSurrogate(c)) {
                length += 3;
            } else if (isPairAt(text, i)) {
                length += 12;
                i++;
            } else {
                length += 3; // U+FFFD
            }
            i++;
        }
        return length;
    }

    /** Writes {@code text}, escaped, at {@code at}; returns the index after it. */
    static int encode(String text, byte[] out, int at) {
        int i = 0;
        while (i < text.length()) {
            int plainEnd = plainRunEnd(text, i);
            at = copyPlain(text, i, plainEnd, out, at);
            i = plainEnd;
            if (i == text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                byte escape = ASCII_ESCAPES[c];
                if (escape > 0) {
                    out[at++] = '\\';
                    out[at++] = escape;
                } else {
                    at = unicodeEscape(c, out, at);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                at = threeBytes(c, out, at);
            } else if (isPairAt(text, i)) {
                at = unicodeEscape(c, out, at);
                at = unicodeEscape(text.charAt(++i), out, at);
            } else {
                at = threeBytes(REPLACEMENT, out, at);
            }
            i++;
        }
        return at;
    }

    /** The end of the run of plain characters (ASCII without controls, quote or backslash) from {@code from}. */
    private static int plainRunEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || ASCII_ESCAPES[c] != 0) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Copies the plain characters {@code text[from, to)} byte for byte.
     * {@code String.getBytes(int, int, byte[], int)} is deprecated because it keeps only each
     * character's low byte, which for ASCII is exactly its UTF-8 encoding; and it copies in bulk,
     * where storing byte by byte in a loop over {@code charAt} costs about 1 ns a character.
     */
    @SuppressWarnings("deprecation")
    private static int copyPlain(String text, int from, int to, byte[] out, int at) {
        text.getBytes(from, to, out, at);
        return at + to - from;
    }

    private static boolean isPairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static int unicodeEscape(char c, byte[] out, int at) {
        out[at] = '\\';
        out[at + 1] = 'u';
        out[at + 2] = UPPER_HEX[(c >> 12) & 0xF];
        out[at + 3] = UPPER_HEX[(c >> 8) & 0xF];
        out[at + 4] = UPPER_HEX[(c >> 4) & 0xF];
        out[at + 5] = UPPER_HEX[c & 0xF];
        return at + 6;
    }

    private static int threeBytes(char c, byte[] out, int at) {
        out[at] = (byte) (0xE0 | (c >> 12));
        out[at + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at + 2] = (byte) (0x80 | (c & 0x3F));
        return at + 3;
    }

    private static int put(byte[] bytes, byte[] out, int at) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(US_ASCII);
    }
}
