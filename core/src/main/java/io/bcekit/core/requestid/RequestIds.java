package io.bcekit.core.requestid;

import java.util.Objects;

/** Names and rules for request ids shared by every adapter. */
public final class RequestIds {

    /** The response (and optional request) header carrying the id. */
    public static final String HEADER = "x-bce-request-id";

    /** The longest incoming id that is reused. */
    public static final int MAX_LENGTH = 64;

    private RequestIds() {
    }

    /**
     * Whether an incoming id may be reused as is: 1 to 64 characters of {@code [A-Za-z0-9._-]}.
     * Anything else (CR/LF, spaces, non-ASCII, long text) could forge log lines or headers.
     */
    public static boolean isAcceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** The id for a request that arrived with {@code incoming} (null when absent). */
    public static String resolve(String incoming, RequestIdPolicy policy, RequestIdGenerator generator) {
        Objects.requireNonNull(policy, "policy");
        if (policy == RequestIdPolicy.ACCEPT_VALID && isAcceptable(incoming)) {
            return incoming;
        }
        return generator.newRequestId();
    }
}
