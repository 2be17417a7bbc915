package io.bcekit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ExcludedPaths}: servlet-style exact and {@code /prefix/*} patterns, dot segments never excluded. */
class ExcludedPathsTest {

    @Test
    void exactPatternMatchesOnlyThatPath() {
        ExcludedPaths excluded = ExcludedPaths.parse("/health");

        assertThat(excluded.matches("/health")).isTrue();
        assertThat(excluded.matches("/health/")).isFalse();
        assertThat(excluded.matches("/health/deep")).isFalse();
        assertThat(excluded.matches("/healthz")).isFalse();
        assertThat(excluded.matches("/v1/eip")).isFalse();
    }

    @Test
    void prefixPatternMatchesItselfAndEverythingBelow() {
        ExcludedPaths excluded = ExcludedPaths.parse(" /health , /status/* ,");

        assertThat(excluded.matches("/status")).isTrue();
        assertThat(excluded.matches("/status/")).isTrue();
        assertThat(excluded.matches("/status/db/ping")).isTrue();
        assertThat(excluded.matches("/statuses")).isFalse();
        assertThat(excluded.matches("/health")).isTrue();
        assertThat(excluded).hasToString("ExcludedPaths[/health, /status/*]");
    }

    @Test
    void dotSegmentsNeverBorrowAnExclusion() {
        ExcludedPaths excluded = ExcludedPaths.of(List.of("/status/*", "/health"));

        assertThat(excluded.matches("/status/../v1/eip")).isFalse();
        assertThat(excluded.matches("/status/./x")).isFalse();
        assertThat(excluded.matches("/status/..")).isFalse();
        assertThat(excluded.matches("/status/..x")).as("not a dot segment").isTrue();
    }

    @Test
    void emptyPathIsTheRoot() {
        assertThat(ExcludedPaths.parse("/").matches("")).isTrue();
        assertThat(ExcludedPaths.none().matches("/")).isFalse();
        assertThat(ExcludedPaths.parse(" , ").isEmpty()).isTrue();
    }

    @Test
    void badPatternsAreRefusedByName() {
        for (String bad : List.of("health", "/*", "*", "/a/*/b", "/a*", "/a?b", "/a b", "/a/../b", "/./a", "/a\tb",
                "/a#b", "")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> ExcludedPaths.of(List.of(bad)))
                    .withMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void prefixPatternAloneExcludes() {
        ExcludedPaths excluded = ExcludedPaths.parse("/static/*");

        assertThat(excluded.isEmpty()).isFalse();
        assertThat(excluded.matches("/static/app.js")).isTrue();
        assertThat(excluded.matches("/v1/eip")).isFalse();
        assertThat(excluded).hasToString("ExcludedPaths[/static/*]");
    }
}
