package io.bcekit.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Paths an adapter lets through without verification, such as a load balancer's health check.
 * Each pattern is relative to the application (the servlet context or the JAX-RS application
 * root) and is either exact ({@code /health}) or a prefix ending in {@code /*} ({@code /status/*},
 * which matches {@code /status} and everything under {@code /status/}), as a servlet
 * {@code url-pattern} would.
 *
 * <p>Adapters match the <em>decoded, normalised</em> path the container routes on, not the raw
 * one the signature covers: an exclusion must describe what is served. A path holding a
 * {@code .} or {@code ..} segment never matches, so {@code /status/../v1/eip} cannot borrow an
 * exclusion from a runtime that would resolve it after the check. Immutable.
 */
public final class ExcludedPaths {

    private static final ExcludedPaths NONE = new ExcludedPaths(Set.of(), List.of());

    private final Set<String> exact;
    private final List<String> prefixes;

    private ExcludedPaths(Set<String> exact, List<String> prefixes) {
        this.exact = Set.copyOf(exact);
        this.prefixes = List.copyOf(prefixes);
    }

    /** Nothing excluded: every request is verified. */
    public static ExcludedPaths none() {
        return NONE;
    }

    /** Comma-separated patterns, e.g. {@code /health,/status/*}; blank items are ignored. */
    public static ExcludedPaths parse(String patterns) {
        Objects.requireNonNull(patterns, "patterns");
        List<String> items = new ArrayList<>();
        for (String item : patterns.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return of(items);
    }

    /** @throws IllegalArgumentException naming the first pattern that is not {@code /exact} or {@code /prefix/*} */
    public static ExcludedPaths of(Collection<String> patterns) {
        Objects.requireNonNull(patterns, "patterns");
        Set<String> exact = new LinkedHashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String pattern : patterns) {
            Objects.requireNonNull(pattern, "pattern");
            boolean prefix = pattern.endsWith("/*");
            String path = prefix ? pattern.substring(0, pattern.length() - 2) : pattern;
            if (!isPlainPath(path)) {
                throw new IllegalArgumentException("Bad excluded path '" + pattern + "': use /exact or /prefix/*"
                        + " (starting with '/', no '*' elsewhere, no '.' or '..' segment, not /* alone)");
            }
            if (prefix) {
                prefixes.add(path);
            } else {
                exact.add(path);
            }
        }
        return exact.isEmpty() && prefixes.isEmpty() ? NONE : new ExcludedPaths(exact, prefixes);
    }

    public boolean isEmpty() {
        return exact.isEmpty() && prefixes.isEmpty();
    }

    /** Whether the decoded application-relative {@code path} skips verification; {@code ""} means {@code /}. */
    public boolean matches(String path) {
        Objects.requireNonNull(path, "path");
        if (isEmpty()) {
            return false;
        }
        String normal = path.isEmpty() ? "/" : path;
        if (DotSegments.contains(normal)) {
            return false;
        }
        if (exact.contains(normal)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (normal.startsWith(prefix) && (normal.length() == prefix.length() || normal.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    /** Starts with {@code /}; no space, control character, {@code *}, {@code ?}, {@code #} or dot segment. */
    private static boolean isPlainPath(String path) {
        if (path.isEmpty() || path.charAt(0) != '/' || DotSegments.contains(path)) {
            return false; // "" is also what "/*" leaves: excluding everything means not installing the filter
        }
        return path.chars().allMatch(c -> c > 0x20 && c != 0x7F && !Character.isISOControl(c)
                && c != '*' && c != '?' && c != '#');
    }

    @Override
    public String toString() {
        List<String> all = new ArrayList<>(exact);
        prefixes.forEach(prefix -> all.add(prefix + "/*"));
        return "ExcludedPaths" + all;
    }
}
