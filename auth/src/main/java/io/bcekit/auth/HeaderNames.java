package io.bcekit.auth;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Header names as {@link SignedRequest} keys them: trimmed and lower-cased.
 *
 * <p>Containers hand over most names in their usual spelling ({@code Content-Type}); looking
 * those up in a table of exact spellings gives the lower-case name without lower-casing it into a
 * new string for every header of every request. Any other name, in any case or with any
 * padding, takes the general path, so the result is always {@code trim().toLowerCase(ROOT)}.
 */
final class HeaderNames {

    private static final Map<String, String> USUAL_SPELLINGS = Stream.of("Host", "Content-Type", "Content-Length",
                    "Content-MD5", "Authorization", "Date", "User-Agent", "Connection", "Accept", "Accept-Encoding",
                    "Accept-Language", "Expect", "Transfer-Encoding", "Cache-Control", "Cookie", "X-Forwarded-For",
                    "X-Forwarded-Host", "X-Forwarded-Proto", "X-Bce-Date", "X-Bce-Request-Id",
                    "X-Bce-Security-Token", "X-Bce-Content-Sha256")
            .collect(Collectors.toUnmodifiableMap(Function.identity(), name -> name.toLowerCase(Locale.ROOT)));

    private HeaderNames() {
    }

    /** {@code name} trimmed and lower-cased; an already lower-case name comes back as is. */
    static String normalise(String name) {
        String usual = USUAL_SPELLINGS.get(name);
        return usual != null ? usual : name.trim().toLowerCase(Locale.ROOT);
    }
}
