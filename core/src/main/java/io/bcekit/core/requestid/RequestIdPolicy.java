package io.bcekit.core.requestid;

/** What to do with an {@code x-bce-request-id} the request already carries (set by a gateway). */
public enum RequestIdPolicy {

    /** Reuse it when it passes {@link RequestIds#isAcceptable}; otherwise make a fresh one. */
    ACCEPT_VALID,

    /** Ignore it: every request gets a fresh id. */
    ALWAYS_GENERATE
}
