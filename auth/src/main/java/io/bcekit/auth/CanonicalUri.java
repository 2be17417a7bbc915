package io.bcekit.auth;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;

/**
 * The canonical URI of bce-auth-v1: the raw path percent-decoded as UTF-8, then {@code E()}-encoded
 * with {@code /} kept; empty becomes {@code /} and a missing leading {@code /} is added. No
 * dot-segment removal and no collapsing of {@code //}: the SDK does neither.
 *
 * <p>A path that cannot be decoded is answered with {@code InvalidURI}: no client that signs
 * per the protocol sends one (the SDK builds paths with {@code E()}), and "Could not parse the
 * specified URI" tells the caller the truth, where {@code SignatureDoesNotMatch} would send them
 * looking for a wrong secret. It reveals nothing about any credential.
 */
final class CanonicalUri {

    private CanonicalUri() {
    }

    static String of(String rawPath) {
        if (rawPath.isEmpty()) {
            return "/";
        }
        if (rawPath.charAt(0) == '/' && PercentEncoding.isAlreadyEncoded(rawPath, true)) {
            return rawPath; // the usual path: nothing to decode, nothing to encode, no copy
        }
        AsciiBuilder out = new AsciiBuilder(rawPath.length() + 16);
        if (rawPath.charAt(0) != '/') {
            out.append('/');
        }
        if (!PercentEncoding.recodeInto(rawPath, 0, rawPath.length(), true, out)) {
            throw new BceException(GlobalErrors.INVALID_URI);
        }
        return out.toString();
    }
}
