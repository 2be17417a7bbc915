package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The canonical query string of bce-auth-v1, rebuilt from the raw query: items split on {@code &}
 * (empty ones dropped), each split at its first {@code =} (none: empty value), both parts
 * percent-decoded ({@code +} stays {@code +}), {@code authorization} in any case dropped, rendered
 * {@code E(name)=E(value)} — so a bare flag {@code bind} becomes {@code bind=} — then sorted as whole
 * strings and joined with {@code &}.
 *
 * <p>Undecodable input is {@code InvalidURI}, for the reason given in {@link CanonicalUri}.
 */
final class CanonicalQueryString {

    private static final String AUTHORIZATION = "authorization";
    /**
     * Longest UTF-8 form of a name {@code equalsIgnoreCase} can match with "authorization": a bound,
     * not the exact figure (only its two i's have two-byte look-alikes), so "<" in its place is an
     * equivalent mutant.
     */
    private static final int MAX_AUTHORIZATION_BYTES = AUTHORIZATION.length() * 2;

    private CanonicalQueryString() {
    }

    /** The canonical query string of {@code rawQuery} (null or empty: none). */
    static String of(String rawQuery) {
        AsciiBuilder out = new AsciiBuilder(rawQuery == null ? 16 : rawQuery.length() + 16);
        appendTo(rawQuery, out);
        return out.toString();
    }

    /** Appends the canonical query string of {@code rawQuery} (null or empty: none) to {@code out}. */
    static void appendTo(String rawQuery, AsciiBuilder out) {
        if (rawQuery == null || rawQuery.isEmpty() || appendIfAlreadyCanonical(rawQuery, out)) {
            return;
        }
        List<String> items = new ArrayList<>();
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            end = end < 0 ? rawQuery.length() : end;
            if (end > start) {
                String item = render(rawQuery, start, end);
                if (item != null) {
                    items.add(item);
                }
            }
            start = end + 1;
        }
        Collections.sort(items); // String order is code-unit order, as the SDK sorts
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append('&');
            }
            out.append(items.get(i));
        }
    }

    /**
     * The usual query, as the SDK sends it: items already sorted and encoded, so its canonical
     * form is the raw text with {@code =} after each flag. Appends that, with no string per item
     * and no sort, and returns true; for any other query (an empty item, one to decode or
     * encode, the authorization parameter, items out of order) takes back what it appended and
     * returns false.
     *
     * <p>Only a speed-up: the general path in {@link #appendTo} gives the same text for every query.
     * So a mutant that merely sends more queries there is equivalent, and mutation testing finds
     * such ones here, in {@link #compareItems}, {@link #itemEnd} and {@link #canonicalNameEnd}
     * (a bound met exactly, a length or comparison made larger, an '&' read as an item's end), as in
     * the early length check of {@link #isAuthorization}. What matters, that an unsorted or
     * unencoded query never passes for canonical, the canonical-form tests check.
     */
    private static boolean appendIfAlreadyCanonical(String raw, AsciiBuilder out) {
        int start = out.length();
        int previousFrom = -1;
        int previousTo = -1;
        boolean previousFlag = false;
        for (int from = 0; from <= raw.length(); ) {
            int to = itemEnd(raw, from);
            int nameEnd = canonicalNameEnd(raw, from, to);
            boolean flag = nameEnd == to;
            if (to == from || nameEnd < 0 || isAuthorization(raw, from, nameEnd) || (previousFrom >= 0
                    && compareItems(raw, previousFrom, previousTo, previousFlag, from, to, flag) > 0)) {
                out.truncate(start);
                return false;
            }
            if (previousFrom >= 0) {
                out.append('&');
            }
            out.append(raw, from, to);
            if (flag) {
                out.append('=');
            }
            previousFrom = from;
            previousTo = to;
            previousFlag = flag;
            from = to + 1;
        }
        return true;
    }

    /**
     * In one pass over item {@code raw[from, to)}: where its name ends (its {@code =}, or
     * {@code to} for a flag) when name and value are already encoded, else -1.
     */
    private static int canonicalNameEnd(String raw, int from, int to) {
        int nameEnd = to;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '=' && nameEnd == to) {
                nameEnd = i;
            } else if (!PercentEncoding.isUnreserved(c)) {
                return -1; // E() would encode it (a second '=' included)
            }
        }
        return nameEnd;
    }

    /** Compares two already-encoded items as their canonical forms: a flag's is its name and {@code =}. */
    private static int compareItems(String raw, int aFrom, int aTo, boolean aFlag, int bFrom, int bTo,
            boolean bFlag) {
        int aLength = aTo - aFrom + (aFlag ? 1 : 0);
        int bLength = bTo - bFrom + (bFlag ? 1 : 0);
        for (int i = 0; i < Math.min(aLength, bLength); i++) {
            char a = aFrom + i < aTo ? raw.charAt(aFrom + i) : '=';
            char b = bFrom + i < bTo ? raw.charAt(bFrom + i) : '=';
            if (a != b) {
                return a - b;
            }
        }
        return aLength - bLength;
    }

    /** Where the item starting at {@code from} ends: the next {@code &}, or the end of the query. */
    private static int itemEnd(String raw, int from) {
        int end = raw.indexOf('&', from);
        return end < 0 ? raw.length() : end;
    }

    /** Where the name of item {@code raw[from, to)} ends: its first {@code =}, or {@code to} for a flag. */
    private static int nameEnd(String raw, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw.charAt(i) == '=') {
                return i;
            }
        }
        return to;
    }

    /** {@code E(name)=E(value)} of one raw item, or null for the authorization parameter. */
    private static String render(String raw, int from, int to) {
        int nameEnd = nameEnd(raw, from, to);
        AsciiBuilder out = new AsciiBuilder(to - from + 8);
        boolean decoded = PercentEncoding.recodeInto(raw, from, nameEnd, false, out);
        out.append('=');
        decoded &= nameEnd == to || PercentEncoding.recodeInto(raw, nameEnd + 1, to, false, out);
        if (!decoded) {
            throw new BceException(GlobalErrors.INVALID_URI);
        }
        return isAuthorization(raw, from, nameEnd) ? null : out.toString();
    }

    /**
     * Whether the name is "authorization" by the SDK's {@code equalsIgnoreCase}, which also
     * matches a few non-ASCII letters (dotless ı), so the check runs on the decoded text.
     */
    private static boolean isAuthorization(String raw, int from, int to) {
        if (to - from < AUTHORIZATION.length()) {
            return false; // the decoded name has at most as many characters as the raw one
        }
        byte[] name = PercentEncoding.decode(raw, from, to);
        return name != null && name.length <= MAX_AUTHORIZATION_BYTES
                && new String(name, UTF_8).equalsIgnoreCase(AUTHORIZATION);
    }
}
