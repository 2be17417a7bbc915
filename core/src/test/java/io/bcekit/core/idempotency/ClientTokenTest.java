package io.bcekit.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class ClientTokenTest {

    @Test
    void theFirstTokenOfTheQueryIsDecoded() {
        assertThat(ClientToken.fromQuery("bind&clientToken=a%2Db+c&clientToken=second")).isEqualTo("a-b+c");
        assertThat(ClientToken.fromQuery("clientToken")).isEmpty();
        assertThat(ClientToken.fromQuery("clientTokens=x&resize")).isNull();
        assertThat(ClientToken.fromQuery(null)).isNull();
    }

    @Test
    void aBadEscapeIsInvalidUri() {
        assertThatThrownBy(() -> ClientToken.fromQuery("clientToken=%zz")).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(GlobalErrors.INVALID_URI));
    }

    @Test
    void theRecorderKeepsRecordingAfterTheClientHasGone() {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        OutputStream client = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (sent.size() >= 3) {
                    throw new IOException("Broken pipe");
                }
                sent.write(b);
            }
        };
        AnswerRecorder recorder = new AnswerRecorder(client, 8);
        recorder.write("abc".getBytes(), 0, 3);
        recorder.write("def".getBytes(), 0, 3);
        recorder.flush();
        recorder.close();

        assertThat(sent.toString()).isEqualTo("abc");
        assertThat(recorder.body()).asString().isEqualTo("abcdef");
        assertThat(recorder.overLimit()).isFalse();
        recorder.write("ghi".getBytes(), 0, 3);
        assertThat(recorder.overLimit()).isTrue();
        assertThat(recorder.body()).isEmpty();
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
