package io.bcekit.tomcat;

/**
 * Whether a request target is one Tomcat refuses to decode or normalise (a malformed or
 * forbidden percent-encoding, a dot segment), so that its bare 400 is the design's
 * {@code InvalidURI} and not a generic {@code InvalidHTTPRequest}.
 */
final class RejectedUri {

    private RejectedUri() {
    }

    static boolean isRejected(String target) {
        if (target == null) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) == '%' && !isAllowedEscape(target, i)) {
                return true;
            }
        }
        return hasDotSegment(target);
    }

    /** Two hex digits, and not NUL, '/' or '\' (which Tomcat rejects by default). */
    private static boolean isAllowedEscape(String target, int percent) {
        if (percent + 2 >= target.length()) {
            return false;
        }
        int high = Character.digit(target.charAt(percent + 1), 16);
        int low = Character.digit(target.charAt(percent + 2), 16);
        if (high < 0 || low < 0) {
            return false;
        }
        int decoded = high * 16 + low;
        return decoded != 0 && decoded != '/' && decoded != '\\';
    }

    private static boolean hasDotSegment(String target) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        for (String segment : path.split("/", -1)) {
            String plain = segment.replace("%2e", ".").replace("%2E", ".");
            if (plain.equals(".") || plain.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
