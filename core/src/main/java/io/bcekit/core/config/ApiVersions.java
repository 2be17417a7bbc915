package io.bcekit.core.config;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API versions a service serves, e.g. {@code v1}: a path whose first segment names another
 * version ({@code /v9/eip}) is answered {@code InvalidVersion} (404) rather than {@code InvalidURI}.
 * {@link #ANY} (the default) checks nothing.
 */
public final class ApiVersions {

    /** No check: every path reaches routing. */
    public static final ApiVersions ANY = new ApiVersions(Set.of());

    private static final int MAX_DIGITS = 4;

    private final Set<String> served;

    private ApiVersions(Set<String> served) {
        this.served = Set.copyOf(served);
    }

    /** The versions listed, each {@code v} and one to four digits; an empty list is {@link #ANY}. */
    public static ApiVersions of(Collection<String> versions) {
        for (String version : versions) {
            if (!isVersion(version, 0, version.length())) {
                throw new IllegalArgumentException("Bad API version '" + version + "'; use v and 1 to "
                        + MAX_DIGITS + " digits, e.g. v1");
            }
        }
        return versions.isEmpty() ? ANY : new ApiVersions(Set.copyOf(versions));
    }

    public static ApiVersions of(String... versions) {
        return of(Arrays.asList(versions));
    }

    /** A comma-separated list, as written in init-params and properties ({@code v1, v2}). */
    public static ApiVersions parse(String list) {
        return of(Arrays.stream(list.split(",")).map(String::trim).filter(version -> !version.isEmpty()).toList());
    }

    /** Whether {@code path} (relative to the application, leading slash or not) names a version not served. */
    public boolean refuses(String path) {
        return refuses(path, 0);
    }

    /**
     * As {@link #refuses(String)} for the part of {@code path} from index {@code from} on (a request
     * URI past its context path), without copying it.
     */
    public boolean refuses(String path, int from) {
        if (served.isEmpty()) {
            return false;
        }
        int start = path.startsWith("/", from) ? from + 1 : from;
        int end = path.indexOf('/', start);
        if (end < 0) {
            end = path.length();
        }
        return isVersion(path, start, end) && !served.contains(path.substring(start, end));
    }

    /** The versions served, sorted; empty for {@link #ANY}. */
    public Set<String> served() {
        return new TreeSet<>(served);
    }

    private static boolean isVersion(String text, int start, int end) {
        int digits = end - start - 1;
        if (digits < 1 || digits > MAX_DIGITS || text.charAt(start) != 'v') {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiVersions versions && served.equals(versions.served);
    }

    @Override
    public int hashCode() {
        return served.hashCode();
    }

    @Override
    public String toString() {
        return served.isEmpty() ? "any" : String.join(",", served());
    }
}
