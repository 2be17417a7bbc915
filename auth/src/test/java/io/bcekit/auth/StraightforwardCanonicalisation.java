package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The canonical query string and headers written the plain way, one string per item and line,
 * then a sort: the form the verifier had before it appended into one builder and ordered header
 * lines by name. {@link CanonicalFormEquivalenceTest} holds the two to the same bytes.
 */
final class StraightforwardCanonicalisation {

    private StraightforwardCanonicalisation() {
    }

    static String queryString(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (String item : rawQuery.split("&", -1)) {
            if (item.isEmpty()) {
                continue;
            }
            int equals = item.indexOf('=');
            String name = decode(equals < 0 ? item : item.substring(0, equals));
            String value = equals < 0 ? "" : decode(item.substring(equals + 1));
            if (!name.equalsIgnoreCase("authorization")) {
                items.add(BceAuthV1.encode(name) + '=' + BceAuthV1.encode(value));
            }
        }
        Collections.sort(items);
        return String.join("&", items);
    }

    /** Lines of the headers {@code isSigned} picks ({@code host} replaced by a non-null {@code hostOverride}). */
    static String headers(SignedRequest request, Predicate<String> isSigned, String hostOverride) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (isSigned.test(name)) {
                addLine(lines, name, hostOverride != null && name.equals("host") ? List.of(hostOverride)
                        : header.getValue());
            }
        }
        if (hostOverride != null && !request.headers().containsKey("host") && isSigned.test("host")) {
            addLine(lines, "host", List.of(hostOverride));
        }
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    /** The default rule of bce-protocol.md §2.6. */
    static boolean isSignedByDefault(String name) {
        return List.of("host", "content-length", "content-type", "content-md5").contains(name)
                || name.startsWith("x-bce-");
    }

    private static void addLine(List<String> lines, String name, List<String> values) {
        if (values.size() != 1) {
            throw new BceException(GlobalErrors.SIGNATURE_DOES_NOT_MATCH);
        }
        String value = values.get(0).trim();
        if (!value.isEmpty()) {
            lines.add(BceAuthV1.encode(name) + ':' + BceAuthV1.encode(value));
        }
    }

    private static String decode(String raw) {
        byte[] bytes = PercentEncoding.decode(raw, 0, raw.length());
        if (bytes == null) {
            throw new BceException(GlobalErrors.INVALID_URI);
        }
        return new String(bytes, UTF_8);
    }
}
