package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;

/**
 * Whether a request carries the session token its STS credential requires. The SDK sends the
 * token as the {@code x-bce-security-token} header or, with {@code useStsHeader=false}, as a query
 * parameter of that name; every copy present must equal the credential's token and at least one
 * must be present. Compared in constant time, like the signature.
 */
final class SessionTokenCheck {

    static final String NAME = "x-bce-security-token";

    private SessionTokenCheck() {
    }

    /** Whether {@code request} satisfies {@code credential}; always true without a session token. */
    static boolean isSatisfied(BceCredential credential, SignedRequest request) {
        if (credential.sessionToken().isEmpty()) {
            return true; // a long-term key ignores any token sent along
        }
        byte[] expected = credential.sessionToken().get().getBytes(UTF_8);
        boolean carried = false;
        boolean allMatch = true;
        for (String value : request.headerValues(NAME)) {
            carried = true;
            allMatch &= MessageDigest.isEqual(expected, value.trim().getBytes(UTF_8));
        }
        String query = request.rawQuery().orElse("");
        int start = 0;
        while (start < query.length()) { // "<=" adds an empty item, which names nothing: equivalent
            int end = query.indexOf('&', start);
            end = end < 0 ? query.length() : end;
            byte[] value = valueIfNamed(query, start, end);
            if (value != null) {
                carried = true;
                allMatch &= MessageDigest.isEqual(expected, value);
            }
            start = end + 1;
        }
        return carried && allMatch;
    }

    /** The decoded value of the raw item {@code query[from, to)} when it names the token, else null. */
    private static byte[] valueIfNamed(String query, int from, int to) {
        int equals = query.indexOf('=', from);
        // An '=' past the item belongs to a later one. ("equals <= 0" is an equivalent mutant: at 0 the
        // item has no name, too short either way.)
        int nameEnd = equals < 0 ? to : Math.min(equals, to);
        if (nameEnd - from < NAME.length()) {
            return null; // decoding never lengthens text (a speed-up: without it the name check still fails)
        }
        byte[] name = PercentEncoding.decode(query, from, nameEnd);
        if (name == null || !NAME.equals(new String(name, UTF_8))) {
            return null;
        }
        byte[] value = nameEnd == to ? new byte[0] : PercentEncoding.decode(query, nameEnd + 1, to);
        return value == null ? new byte[0] : value;
    }
}
