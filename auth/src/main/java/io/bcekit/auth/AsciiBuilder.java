package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * A growing run of bytes, ASCII but for a canonical request's method: what {@code E()} writes
 * and canonical forms are made of. The verifier writes its canonical request into one and hands
 * the array straight to the second HMAC; a {@code StringBuilder} would cost a {@code String} and
 * then its UTF-8 copy. Not thread-safe.
 */
final class AsciiBuilder {

    private static final byte[] UPPER_HEX = "0123456789ABCDEF".getBytes(ISO_8859_1);

    private byte[] bytes;
    private int length;

    AsciiBuilder(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** The bytes so far: {@link #array()} up to this length. */
    int length() {
        return length;
    }

    /** The backing array, not copied; only its first {@link #length()} bytes are meaningful. */
    byte[] array() {
        return bytes;
    }

    /** Drops what was appended after the first {@code length} bytes. */
    void truncate(int length) {
        this.length = length;
    }

    /** Appends {@code c}, which must be ASCII. */
    AsciiBuilder append(char c) {
        ensureRoom(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends {@code text}, every character of which must be ASCII. */
    AsciiBuilder append(String text) {
        return append(text, 0, text.length());
    }

    /** Appends {@code text[from, to)}, every character of which must be ASCII. */
    AsciiBuilder append(String text, int from, int to) {
        ensureRoom(to - from);
        byte[] into = bytes; // locals, so that the loop needs no field stores
        int at = length;
        for (int i = from; i < to; i++) {
            into[at++] = (byte) text.charAt(i);
        }
        length = at;
        return this;
    }

    /** Appends byte {@code b} (0–255) as {@code %XX}, upper-case hex. */
    void appendPercentEncoded(int b) {
        ensureRoom(3);
        bytes[length++] = '%';
        bytes[length++] = UPPER_HEX[b >>> 4];
        bytes[length++] = UPPER_HEX[b & 0xF];
    }

    /**
     * Appends the characters of {@code text} while they are ASCII, each as it is where
     * {@code kept} (128 entries) says so, else as {@code %XX}; returns the index of the first
     * non-ASCII character, or the length of {@code text}. One pass, writing as it reads.
     */
    int appendPercentEncodedAscii(String text, boolean[] kept) {
        // A caller encodes the rest from UTF-8 bytes, which gives the same for ASCII: a mutant that
        // stops early (the loop never run) is equivalent.
        ensureRoom(3 * text.length());
        byte[] into = bytes;
        int at = length;
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            if (kept[c]) {
                into[at++] = (byte) c;
            } else {
                into[at++] = '%';
                into[at++] = UPPER_HEX[c >>> 4];
                into[at++] = UPPER_HEX[c & 0xF];
            }
        }
        length = at;
        return i;
    }

    /** Appends the UTF-8 bytes of {@code text}, which may hold any characters. */
    void appendUtf8(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                byte[] utf8 = text.getBytes(UTF_8);
                ensureRoom(utf8.length);
                System.arraycopy(utf8, 0, bytes, length, utf8.length);
                length += utf8.length;
                return;
            }
        }
        append(text);
    }

    /** The bytes as text; meant for ASCII content, which is all {@code E()} and the canonical forms write. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, ISO_8859_1);
    }

    /**
     * Grows the array to hold {@code more} bytes. Capacities are hints: growing a step early, by less
     * than double, or for more than asked changes no content (equivalent mutants), nor does a
     * capacity a caller computes too small (the constructor takes at least 16, and this grows).
     */
    private void ensureRoom(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
