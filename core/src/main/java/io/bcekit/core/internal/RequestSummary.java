package io.bcekit.core.internal;

import java.util.Objects;

/**
 * The request an error answers, as far as answering needs it: its id, its method (a HEAD answer
 * has no body) and its target, cut and cleaned for the log line, since a client controls both.
 */
public record RequestSummary(String requestId, String method, String target) {

    /** The longest method and target put in a log line. */
    static final int MAX_LOGGED_METHOD = 32;
    static final int MAX_LOGGED_TARGET = 256;

    public RequestSummary {
        Objects.requireNonNull(requestId, "requestId");
        method = Objects.requireNonNullElse(method, "");
        target = Objects.requireNonNullElse(target, "");
    }

    public boolean isHead() {
        return "HEAD".equals(method);
    }

    /** {@code METHOD target}, each cut to a bounded length, printable ASCII only. */
    public String logLine() {
        if (isPlain(method, MAX_LOGGED_METHOD) && isPlain(target, MAX_LOGGED_TARGET)) {
            return method + " " + target; // the usual request: nothing to cut or replace
        }
        StringBuilder line = new StringBuilder(MAX_LOGGED_METHOD + MAX_LOGGED_TARGET + 8);
        appendPrintable(line, method, MAX_LOGGED_METHOD);
        line.append(' ');
        appendPrintable(line, target, MAX_LOGGED_TARGET);
        return line.toString();
    }

    /**
     * Whether the fast path may copy {@code text} as is. Only a speed-up: appendPrintable writes the
     * same for every text this accepts, so a stricter answer (a text of exactly {@code max}
     * characters, a space, or always false, as mutation testing tries) changes no log line.
     */
    private static boolean isPlain(String text, int max) {
        if (text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static void appendPrintable(StringBuilder line, String text, int max) {
        int end = Math.min(text.length(), max);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            line.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        if (text.length() > max) {
            line.append("...");
        }
    }
}
