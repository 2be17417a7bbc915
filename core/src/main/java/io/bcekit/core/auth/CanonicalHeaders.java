package io.bcekit.core.auth;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The canonical headers of bce-auth-v1: each selected header with a non-empty trimmed value as
 * {@code E(name):E(trim(value))}, sorted as whole strings, joined with {@code \n}.
 *
 * <p>A selected header that arrived more than once is refused with {@code SignatureDoesNotMatch}:
 * the SDK never sends one twice, and there is no way to tell which value was signed (two
 * {@code Host} lines are also a classic request-smuggling shape).
 */
final class CanonicalHeaders {

    private static final String HOST = "host";

    private CanonicalHeaders() {
    }

    /**
     * The canonical headers of {@code request}; a non-null {@code hostOverride} stands in for the
     * {@code Host} header (the original host a trusted proxy reported).
     */
    static String of(SignedRequest request, HeaderSelection selection, String hostOverride) {
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> headers = request.headers();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            if (selection.selects(name)) {
                boolean replaced = hostOverride != null && name.equals(HOST);
                addLine(lines, name, replaced ? List.of(hostOverride) : header.getValue());
            }
        }
        if (hostOverride != null && !headers.containsKey(HOST) && selection.selects(HOST)) {
            addLine(lines, HOST, List.of(hostOverride));
        }
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    private static void addLine(List<String> lines, String name, List<String> values) {
        if (values.size() != 1) {
            throw new BceException(GlobalErrors.SIGNATURE_DOES_NOT_MATCH);
        }
        String value = values.get(0).trim(); // String.trim, as the SDK: every char up to U+0020
        if (!value.isEmpty()) {
            lines.add(PercentEncoding.encode(name) + ':' + PercentEncoding.encode(value));
        }
    }
}
