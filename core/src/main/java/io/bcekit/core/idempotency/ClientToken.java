package io.bcekit.core.idempotency;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;

/** The {@code clientToken} query parameter: 1 to 64 printable ASCII characters, no space. */
public final class ClientToken {

    public static final String PARAMETER = "clientToken";
    public static final int MAX_LENGTH = 64;

    private ClientToken() {
    }

    /**
     * The first {@code clientToken} in a raw query, percent-decoded ({@code +} stays a plus: the
     * SDKs never send one for a space), or null when there is none; {@code InvalidURI} for a bad escape.
     */
    public static String fromQuery(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (name.equals(PARAMETER)) {
                String value = equals < 0 ? "" : parameter.substring(equals + 1);
                try {
                    return java.net.URLDecoder.decode(value.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEscape) {
                    throw new BceException(GlobalErrors.INVALID_URI);
                }
            }
        }
        return null;
    }

    /** {@code token} when well-formed; else {@code InvalidURI}, as for any unparseable query parameter. */
    public static String require(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            throw new BceException(GlobalErrors.INVALID_URI);
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw new BceException(GlobalErrors.INVALID_URI);
            }
        }
        return token;
    }
}
