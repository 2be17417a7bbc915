package io.bcekit.auth;

import static io.bcekit.auth.WorkedExamplesTest.AK;
import static io.bcekit.auth.WorkedExamplesTest.TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Random hostile input (fixed seeds, so failures reproduce) never gets anything but a
 * {@link BceException} out of the verifier or the building blocks: no NumberFormatException,
 * DateTimeParseException, IndexOutOfBounds or IllegalArgumentException leaking as a 500.
 */
class HostileInputFuzzTest {

    private static final int ROUNDS = Samples.of(5_000);
    private static final String VALID = WorkedExamplesTest.authorizationA();
    /** Characters that tend to break parsers: separators, escapes, controls, non-ASCII, surrogates. */
    private static final String NASTY =
            "/%&=+;:?#.-_~ \t\r\n\0\u007f\u0080\u00e9\u4e2d\uD800\uDC00\uFFFD0123456789aAfFgGzZT";

    private final BceAuthVerifier verifier = WorkedExamplesTest.verifier();

    @Test
    void randomAuthorizationValuesOnlyEverGiveBceExceptions() {
        Random random = new Random(20240520L);
        for (int round = 0; round < ROUNDS; round++) {
            String authorization =
                    random.nextBoolean() ? randomText(random, random.nextInt(200)) : mutate(random, VALID);
            SignedRequest request = WorkedExamplesTest.exampleA(authorization);

            assertOnlyBceException(authorization, () -> verifier.verify(request, TIME));
        }
    }

    @Test
    void randomPathsAndQueriesOnlyEverGiveBceExceptions() {
        Random random = new Random(8443L);
        for (int round = 0; round < ROUNDS; round++) {
            String path = random.nextInt(4) == 0 ? "" : "/" + randomText(random, random.nextInt(40));
            String query = random.nextInt(4) == 0 ? null : randomText(random, random.nextInt(40));
            SignedRequest request = SignedRequest.builder("PUT", path).query(query)
                    .headers(WorkedExamplesTest.exampleA(VALID).headers()).build();

            assertOnlyBceException(path + "?" + query, () -> verifier.verify(request, TIME));
            assertOnlyBceException(path, () -> BceAuthV1.canonicalUri(path));
            assertOnlyBceException(query, () -> BceAuthV1.canonicalQueryString(query));
        }
    }

    @Test
    void randomHeadersAndSignedHeaderListsOnlyEverGiveBceExceptions() {
        Random random = new Random(1800L);
        for (int round = 0; round < ROUNDS; round++) {
            String signedHeaders = randomText(random, random.nextInt(30)).replace("/", "");
            String authorization = "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800/" + signedHeaders + "/"
                    + "a".repeat(64);
            SignedRequest.Builder request =
                    SignedRequest.builder("GET", "/v1/eip").header("Authorization", authorization);
            for (int header = random.nextInt(6); header > 0; header--) {
                String name = (random.nextBoolean() ? "x-bce-" : "") + randomText(random, 1 + random.nextInt(8));
                if (!name.isBlank()) {
                    request.header(name, randomText(random, random.nextInt(20)));
                }
            }
            SignedRequest built = request.build();

            assertOnlyBceException(authorization, () -> verifier.verify(built, TIME));
        }
    }

    private static void assertOnlyBceException(String input, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (thrown != null) {
            assertThat(thrown).as("input %s", input).isExactlyInstanceOf(BceException.class);
            assertThat(((BceException) thrown).getErrorCode()).as("input %s", input).isIn(Set.of(
                    GlobalErrors.INVALID_HTTP_AUTH_HEADER, GlobalErrors.INVALID_ACCESS_KEY_ID,
                    GlobalErrors.REQUEST_EXPIRED, GlobalErrors.SIGNATURE_DOES_NOT_MATCH, GlobalErrors.INVALID_URI));
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(randomChar(random, random.nextInt(3) == 0));
        }
        return text.toString();
    }

    /** Any UTF-16 code unit (lone surrogates included), or one of the {@link #NASTY} ones. */
    private static char randomChar(Random random, boolean anyCodeUnit) {
        return anyCodeUnit ? (char) random.nextInt(0x10000) : NASTY.charAt(random.nextInt(NASTY.length()));
    }

    /** A valid header with one to three random edits: replace, insert, delete, truncate or repeat. */
    private static String mutate(Random random, String valid) {
        StringBuilder text = new StringBuilder(valid);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(text.length() + 1);
            char c = randomChar(random, random.nextBoolean());
            switch (random.nextInt(5)) {
                case 0 -> text.insert(at, c);
                case 1 -> text.setCharAt(Math.min(at, text.length() - 1), c);
                case 2 -> text.deleteCharAt(Math.min(at, text.length() - 1));
                case 3 -> text.setLength(at);
                default -> text.append(text.substring(0, at));
            }
            if (text.length() == 0) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
