package io.bcekit.jaxrs;

import io.bcekit.core.catalogue.GlobalErrors;

/** {@code InappropriateJSON} messages that name the offending field path (never a Java class). */
final class InappropriateJsonMessages {

    private static final String BASE = GlobalErrors.INAPPROPRIATE_JSON.defaultMessage();
    private static final int MAX_DETAIL = 512;

    private InappropriateJsonMessages() {
    }

    /** The catalogue text, then {@code detail} (already free of class names), or the text alone. */
    static String withDetail(String detail) {
        if (detail == null || detail.isBlank()) {
            return BASE;
        }
        String bounded = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
        return BASE + " " + bounded;
    }
}
