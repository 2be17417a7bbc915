package io.bcekit.auth;

/**
 * Finds {@code .} and {@code ..} segments in a canonical URI. bce-auth-v1 signs the path as sent,
 * dots included, but a container resolves them before routing; an {@link Authorizer} shown
 * {@code /v1/eip/../admin} would judge a different resource than the one served. No SDK path
 * holds such a segment (they are identifiers), so the verifier refuses them as {@code InvalidURI}.
 * Encoded dots ({@code %2E}) are already plain dots in a canonical URI.
 */
final class DotSegments {

    private DotSegments() {
    }

    static boolean contains(String canonicalUri) {
        int start = 0;
        while (start <= canonicalUri.length()) { // "<" would skip only an empty last segment: equivalent
            int end = canonicalUri.indexOf('/', start);
            end = end < 0 ? canonicalUri.length() : end;
            int length = end - start;
            if ((length == 1 || length == 2) && canonicalUri.startsWith("..".substring(0, length), start)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
