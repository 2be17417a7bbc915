package io.bcekit.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which received headers a signature covers: field 5 of {@code Authorization}.
 *
 * <p>Empty field: the SDK's default rule ({@code host}, {@code content-length},
 * {@code content-type}, {@code content-md5} and every {@code x-bce-*}). Otherwise the listed names,
 * taken as a set in any order and letter case, because the SDK lists them in the case-sensitive
 * order of the original names and can therefore send them unsorted. {@code Authorization} is never
 * selected: it did not exist when the request was signed.
 */
final class HeaderSelection {

    static final String BCE_PREFIX = "x-bce-";
    private static final HeaderSelection DEFAULT_RULE = new HeaderSelection(null);

    /** The explicit names, lower-case; null for the default rule. */
    private final Set<String> names;

    private HeaderSelection(Set<String> names) {
        this.names = names;
    }

    /** Parses field 5; null when it lists an empty name (e.g. {@code host;;x-bce-date}). */
    static HeaderSelection parse(String field) {
        if (field.isEmpty()) {
            return DEFAULT_RULE;
        }
        List<String> listed = new ArrayList<>();
        int start = 0;
        while (start <= field.length()) {
            int end = field.indexOf(';', start);
            end = end < 0 ? field.length() : end;
            if (end == start) {
                return null;
            }
            listed.add(field.substring(start, end).toLowerCase(Locale.ROOT));
            start = end + 1;
        }
        return new HeaderSelection(Set.copyOf(listed));
    }

    boolean isDefaultRule() {
        return names == null;
    }

    /**
     * Whether a header whose trimmed, lower-cased name is {@code name} is listed. Only for an
     * explicit list: the default rule is applied by {@link CanonicalHeaders}, which looks its fixed
     * names up instead of asking about every header.
     */
    boolean selects(String name) {
        return names.contains(name) && !name.equals("authorization");
    }
}
