package io.bcekit.auth;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.util.ArrayList;
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
     * Appends the canonical headers of {@code request} to {@code out}; a non-null
     * {@code hostOverride} stands in for the {@code Host} header (the original host a trusted
     * proxy reported). The lines are sorted as (encoded name, trimmed value) pairs and written
     * straight into {@code out}, so no line becomes a string of its own.
     */
    static void appendTo(SignedRequest request, HeaderSelection selection, String hostOverride, AsciiBuilder out) {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
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
        lines.sort(CanonicalHeaders::compareLines);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(lines.get(i).getKey()).append(':');
            PercentEncoding.appendEncoded(lines.get(i).getValue(), out);
        }
    }

    /** Adds {@code E(name)} and the trimmed value, unless the value is empty. */
    private static void addLine(List<Map.Entry<String, String>> lines, String name, List<String> values) {
        if (values.size() != 1) {
            throw new BceException(GlobalErrors.SIGNATURE_DOES_NOT_MATCH);
        }
        String value = values.get(0).trim(); // String.trim, as the SDK: every char up to U+0020
        if (!value.isEmpty()) {
            lines.add(Map.entry(PercentEncoding.encode(name), value));
        }
    }

    /**
     * The order of the lines {@code E(name):E(value)} as whole strings, read off the encoded
     * names: {@code E()} never writes {@code :}, so where one name is a prefix of the other, its
     * line's {@code :} meets the other name's next character. Only two names that encode alike
     * (lone surrogates all become {@code %3F}) leave the values to decide.
     */
    private static int compareLines(Map.Entry<String, String> a, Map.Entry<String, String> b) {
        String x = a.getKey();
        String y = b.getKey();
        int common = Math.min(x.length(), y.length());
        for (int i = 0; i < common; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                return x.charAt(i) - y.charAt(i);
            }
        }
        if (x.length() != y.length()) {
            return x.length() < y.length() ? ':' - y.charAt(common) : x.charAt(common) - ':';
        }
        return PercentEncoding.encode(a.getValue()).compareTo(PercentEncoding.encode(b.getValue()));
    }
}
