package io.bcekit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.bcekit.core.BceException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verifier appends the canonical query and headers into one builder and orders header lines
 * by encoded name instead of building and sorting whole-line strings; random input (fixed seeds)
 * must give exactly the bytes, or the error code, of {@link StraightforwardCanonicalisation}.
 */
class CanonicalFormEquivalenceTest {

    private static final int ROUNDS = Samples.of(20_000);
    /** Unreserved characters, separators, flags' '=', encodings, and letters that fold to "authorization". */
    private static final String[] QUERY_PIECES = {"a", "b", "B", "z", "0", "-", ".", "_", "~", "=", "=", "&", "&",
        "%41", "%2F", "%C3%A9", "%", "+", " ", "é", "authorization", "AUTHORIZATION", "author%C4%B1zation",
        "authorızation", "bind", "resize", "clientToken", "Marker", "maxKeys"};
    private static final String[] NAME_PIECES = {"x-bce-", "x-bce-a", "x-bce-a-", "host", "content-", "type", "md5",
        "length", "a", "A", "-", "_", ":", "!", " ", "\t", "é", "\uD800", "\uD801", "\uDC00", "ſ"};
    private static final String[] VALUE_PIECES = {"v", "V", " ", "", "/", ";", "=", "%", "é", "\uD800", ":", "0"};

    @Test
    void queriesCanonicaliseExactlyAsBefore() {
        Random random = new Random(20_240_520L);
        for (int round = 0; round < ROUNDS; round++) {
            String query = random.nextInt(3) == 0 ? sdkQuery(random) : pieces(random, QUERY_PIECES, 12);
            assertSameOutcome(query, () -> StraightforwardCanonicalisation.queryString(query),
                    () -> BceAuthV1.canonicalQueryString(query));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a", "a=", "a=1", "=v", "=", "a&b", "a-b=1&a=1", "a=1&a-b=1", "a&a=", "a=&a", "a=1&a=1",
        "bind&clientToken=t", "clientToken=t&bind", "Marker=m&maxKeys=1", "maxKeys=1&Marker=m", "a=b=c", "a&&b",
        "a&", "&a", "Authorization=x", "x=1&authorization", "b=1&authorizationX=2", "a=%41", "a~=1&a=1", "a=1&a~=1",
        "a&a-b=1", "a-b=1&a", "a&a0", "a0&a", "a=1&a", "a&a=1", "a&a", "b&Authorization", "authorizatioN=1&b"})
    void sdkShapedQueriesCanonicaliseExactlyAsBefore(String query) {
        assertThat(BceAuthV1.canonicalQueryString(query)).isEqualTo(StraightforwardCanonicalisation.queryString(query));
    }

    @Test
    void headersCanonicaliseExactlyAsBefore() {
        Random random = new Random(1_800L);
        for (int round = 0; round < ROUNDS; round++) {
            SignedRequest.Builder builder = SignedRequest.builder("GET", "/");
            for (int header = random.nextInt(7); header > 0; header--) {
                builder.header(pieces(random, NAME_PIECES, 4), pieces(random, VALUE_PIECES, 4));
            }
            SignedRequest request = builder.build();
            String hostOverride = random.nextInt(4) == 0 ? pieces(random, VALUE_PIECES, 3) : null;

            assertSameOutcome(request.headers() + " override " + hostOverride,
                    () -> StraightforwardCanonicalisation.headers(request,
                            StraightforwardCanonicalisation::isSignedByDefault, hostOverride),
                    () -> BceAuthV1.canonicalRequest(request, "/", HeaderSelection.parse(""), hostOverride)
                            .substring("GET\n/\n\n".length()));
        }
    }

    @Test
    void namesThatEncodeAlikeAreOrderedByValue() {
        // Lone surrogates all encode as %3F, so only the values can order these two lines.
        SignedRequest request = SignedRequest.builder("GET", "/")
                .header("x-bce-\uD800", "b").header("x-bce-\uD801", "a").header("x-bce-", "c").build();

        assertThat(BceAuthV1.canonicalHeaders(request, "")).isEqualTo("x-bce-%3F:a\nx-bce-%3F:b\nx-bce-:c")
                .isEqualTo(StraightforwardCanonicalisation.headers(request,
                        StraightforwardCanonicalisation::isSignedByDefault, null));
    }

    @Test
    void aNameThatPrefixesAnotherSortsAsItsLine() {
        // "x-bce-a:" sorts after "x-bce-a-b:" and "x-bce-a0:": ':' (0x3A) follows '-' (0x2D) and '0' (0x30).
        SignedRequest request = SignedRequest.builder("GET", "/")
                .header("x-bce-a", "1").header("x-bce-a-b", "2").header("x-bce-a0", "3").build();

        assertThat(BceAuthV1.canonicalHeaders(request, "")).isEqualTo("x-bce-a-b:2\nx-bce-a0:3\nx-bce-a:1");
    }

    private static void assertSameOutcome(String input, Supplier<String> expected, Supplier<String> actual) {
        Throwable expectedFailure = catchThrowable(expected::get);
        Throwable actualFailure = catchThrowable(actual::get);
        if (expectedFailure == null) {
            assertThat(actualFailure).as("input %s", input).isNull();
            assertThat(actual.get()).as("input %s", input).isEqualTo(expected.get());
        } else {
            assertThat(actualFailure).as("input %s", input).isExactlyInstanceOf(BceException.class);
            assertThat(((BceException) actualFailure).getErrorCode()).as("input %s", input)
                    .isSameAs(((BceException) expectedFailure).getErrorCode());
        }
    }

    /** A query as the SDK writes it, sorted and encoded, often with a deliberate flaw. */
    private static String sdkQuery(Random random) {
        List<String> items = new ArrayList<>();
        for (int item = 1 + random.nextInt(4); item > 0; item--) {
            String name = pieces(random, new String[] {"a", "b", "B", "-", "~", "x", "authorization"}, 3);
            items.add(random.nextInt(3) == 0 ? name : name + "=" + pieces(random, new String[] {"1", "~", "a"}, 2));
        }
        Collections.sort(items);
        if (random.nextInt(4) == 0) {
            Collections.shuffle(items, random);
        }
        return String.join("&", items);
    }

    private static String pieces(Random random, String[] pieces, int most) {
        StringBuilder text = new StringBuilder();
        for (int piece = random.nextInt(most + 1); piece > 0; piece--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
