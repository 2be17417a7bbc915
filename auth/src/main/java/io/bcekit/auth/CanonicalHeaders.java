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
    /**
     * The default rule's fixed names, in the order of their lines: {@code content-length:} before
     * {@code content-md5:} before {@code content-type:} before {@code host:}, and all of them
     * before any {@code x-bce-} line ({@code c} and {@code h} come before {@code x}).
     */
    private static final List<String> DEFAULT_NAMES_IN_LINE_ORDER =
            List.of("content-length", "content-md5", "content-type", HOST);

    private CanonicalHeaders() {
    }

    /**
     * Appends the canonical headers of {@code request} to {@code out}; a non-null
     * {@code hostOverride} stands in for the {@code Host} header (the original host a trusted
     * proxy reported). The lines are sorted as (encoded name, trimmed value) pairs and written
     * straight into {@code out}, so no line becomes a string of its own.
     */
    static void appendTo(SignedRequest request, HeaderSelection selection, String hostOverride, AsciiBuilder out) {
        if (selection.isDefaultRule()) {
            appendDefaultRule(request.headers(), hostOverride, out);
            return;
        }
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
        appendSorted(lines, false, out);
    }

    /**
     * The default rule, what the SDK signs unless told otherwise: its four fixed names are looked
     * up rather than searched for, and their lines need no sorting (see
     * {@link #DEFAULT_NAMES_IN_LINE_ORDER}); only {@code x-bce-} lines are collected and sorted.
     */
    private static void appendDefaultRule(Map<String, List<String>> headers, String hostOverride, AsciiBuilder out) {
        boolean written = false;
        for (String name : DEFAULT_NAMES_IN_LINE_ORDER) {
            List<String> values = hostOverride != null && name.equals(HOST) ? List.of(hostOverride) : headers.get(name);
            if (values != null) {
                String value = trimmedValue(values);
                if (!value.isEmpty()) {
                    appendLine(name, value, written, out); // the fixed names need no encoding
                    written = true;
                }
            }
        }
        List<Map.Entry<String, String>> bceLines = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().startsWith(HeaderSelection.BCE_PREFIX)) {
                addLine(bceLines, header.getKey(), header.getValue());
            }
        }
        appendSorted(bceLines, written, out);
    }

    /** Adds {@code E(name)} and the trimmed value, unless the value is empty. */
    private static void addLine(List<Map.Entry<String, String>> lines, String name, List<String> values) {
        String value = trimmedValue(values);
        if (!value.isEmpty()) {
            lines.add(Map.entry(PercentEncoding.encode(name), value));
        }
    }

    /** The only value, trimmed with {@code String.trim} as the SDK does (every char up to U+0020). */
    private static String trimmedValue(List<String> values) {
        if (values.size() != 1) {
            throw new BceException(GlobalErrors.SIGNATURE_DOES_NOT_MATCH);
        }
        return values.get(0).trim();
    }

    /** Sorts the (encoded name, value) lines and appends them, after a {@code \n} if {@code afterLine}. */
    private static void appendSorted(List<Map.Entry<String, String>> lines, boolean afterLine, AsciiBuilder out) {
        lines.sort(CanonicalHeaders::compareLines);
        for (int i = 0; i < lines.size(); i++) {
            appendLine(lines.get(i).getKey(), lines.get(i).getValue(), afterLine || i > 0, out);
        }
    }

    private static void appendLine(String encodedName, String value, boolean afterLine, AsciiBuilder out) {
        if (afterLine) {
            out.append('\n');
        }
        out.append(encodedName).append(':');
        PercentEncoding.appendEncoded(value, out);
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
            // The lengths differ here, so "<=" in place of "<" is an equivalent mutant.
            return x.length() < y.length() ? ':' - y.charAt(common) : x.charAt(common) - ':';
        }
        return PercentEncoding.encode(a.getValue()).compareTo(PercentEncoding.encode(b.getValue()));
    }
}
