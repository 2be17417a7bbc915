package io.bcekit.core.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    private static final RequestIdGenerator GENERATOR = () -> "generated";

    @ParameterizedTest
    @ValueSource(strings = {"abc-DEF_1.2", "ae2225f7-1c2e-427a-a1ad-5413b762957d", "x", "-._",
        "0123456789012345678901234567890123456789012345678901234567890123"})
    void safeIdIsAcceptable(String id) {
        assertThat(RequestIds.isAcceptable(id)).isTrue();
    }

    @Test
    void sixtyFourCharactersAreAcceptableAndSixtyFiveAreNot() {
        assertThat(RequestIds.isAcceptable("a".repeat(64))).isTrue();
        assertThat(RequestIds.isAcceptable("a".repeat(65))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc\r\nX-Forged: 1", "abc\n", "abc\r", "a b", " abc", "abc\t", "r\u00e9quest",
        "\u0131d", "id\uD83D\uDE00", "a:b", "a/b", "a;b", "a\"b", "a%0d"})
    void unsafeIdIsNotAcceptable(String id) {
        assertThat(RequestIds.isAcceptable(id)).isFalse();
    }

    @Test
    void acceptValidReusesAValidIncomingId() {
        assertThat(RequestIds.resolve("gateway-1", RequestIdPolicy.ACCEPT_VALID, GENERATOR)).isEqualTo("gateway-1");
    }

    @Test
    void acceptValidReplacesAnInvalidIncomingId() {
        assertThat(RequestIds.resolve("bad id\r\n", RequestIdPolicy.ACCEPT_VALID, GENERATOR)).isEqualTo("generated");
    }

    @Test
    void acceptValidGeneratesWhenNoIdCame() {
        assertThat(RequestIds.resolve(null, RequestIdPolicy.ACCEPT_VALID, GENERATOR)).isEqualTo("generated");
    }

    @Test
    void alwaysGenerateIgnoresAValidIncomingId() {
        assertThat(RequestIds.resolve("gateway-1", RequestIdPolicy.ALWAYS_GENERATE, GENERATOR))
                .isEqualTo("generated");
        assertThat(RequestIds.resolve(null, RequestIdPolicy.ALWAYS_GENERATE, GENERATOR)).isEqualTo("generated");
    }

    @Test
    void headerNameIsTheBceOne() {
        assertThat(RequestIds.HEADER).isEqualTo("x-bce-request-id");
    }

    @Test
    void theEdgesOfEachAllowedRangeAreAcceptedAndTheirNeighboursNot() {
        assertThat(RequestIds.isAcceptable("azAZ09")).isTrue();
        for (char outside : new char[] {'`', '{', '@', '[', '/', ':', ' ', '~'}) {
            assertThat(RequestIds.isAcceptable("a" + outside)).as("with %s", outside).isFalse();
        }
    }
}
