package io.bcekit.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import org.junit.jupiter.api.Test;

class ClientTokenTest {

    @Test
    void theFirstTokenOfTheQueryIsDecoded() {
        assertThat(ClientToken.fromQuery("bind&clientToken=a%2Db+c&clientToken=second")).isEqualTo("a-b+c");
        assertThat(ClientToken.fromQuery("clientToken")).isEmpty();
        assertThat(ClientToken.fromQuery("clientTokens=x&resize")).isNull();
        assertThat(ClientToken.fromQuery(null)).isNull();
        assertThat(ClientToken.fromQuery("")).isNull();
        assertThat(ClientToken.fromQuery("&&clientToken=7d0c-1f2e&x")).isEqualTo("7d0c-1f2e");
        assertThat(ClientToken.fromQuery("resize&clientToken=")).isEmpty();
        assertThat(ClientToken.fromQuery("clientToken&resize")).isEmpty();
        assertThat(ClientToken.fromQuery("clientToken=a+b")).isEqualTo("a+b");
        assertThat(ClientToken.fromQuery("xclientToken=1&clientTokenX=2")).isNull();
    }

    @Test
    void printableAsciiFromExclamationToTildeIsAToken() {
        assertThat(ClientToken.require("!")).isEqualTo("!");
        assertThat(ClientToken.require("~")).isEqualTo("~");
        assertThat(ClientToken.require("7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f")).isEqualTo("7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f");
        for (String bad : new String[] {" ", "\u007f", "a\u0080"}) {
            assertThatThrownBy(() -> ClientToken.require(bad)).isInstanceOf(BceException.class);
        }
    }

    @Test
    void aBadEscapeIsInvalidUri() {
        assertThatThrownBy(() -> ClientToken.fromQuery("clientToken=%zz")).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(GlobalErrors.INVALID_URI));
    }

    @Test
    void storedAnswersLeaveOutTheHeadersOfOneExchange() {
        assertThat(StoredResponse.replays("Content-Type")).isTrue();
        assertThat(StoredResponse.replays("ETag")).isTrue();
        assertThat(StoredResponse.replays("X-BCE-Request-Id")).isFalse();
        assertThat(StoredResponse.replays("Content-Length")).isFalse();
        assertThat(StoredResponse.replays("Date")).isFalse();
    }
}
