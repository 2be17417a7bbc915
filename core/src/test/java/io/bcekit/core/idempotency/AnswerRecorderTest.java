package io.bcekit.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class AnswerRecorderTest {

    /** A client that takes {@code capacity} bytes, then fails as a closed connection does. */
    private static final class Client extends OutputStream {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final int capacity;
        int flushes;
        boolean closed;

        Client(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            if (received.size() >= capacity) {
                throw new IOException("Broken pipe");
            }
            received.write(b);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void writesFlushesAndClosesThroughWhileTheClientIsThere() {
        Client client = new Client(100);
        AnswerRecorder recorder = new AnswerRecorder(client, 4);
        recorder.write('a');
        recorder.write("bcd".getBytes(), 0, 3);
        recorder.flush();
        recorder.close();

        assertThat(client.received.toString()).isEqualTo("abcd");
        assertThat(client.flushes).isEqualTo(1);
        assertThat(client.closed).isTrue();
        assertThat(recorder.body()).asString().isEqualTo("abcd"); // exactly the limit is kept
        assertThat(recorder.overLimit()).isFalse();
    }

    @Test
    void keepsRecordingAfterTheClientHasGoneAndStopsAtTheLimit() {
        Client client = new Client(3);
        AnswerRecorder recorder = new AnswerRecorder(client, 8);
        recorder.write("abc".getBytes(), 0, 3);
        recorder.write("def".getBytes(), 0, 3);
        recorder.flush();
        recorder.close();

        assertThat(client.received.toString()).isEqualTo("abc");
        assertThat(client.flushes).isZero();
        assertThat(client.closed).isFalse();
        assertThat(recorder.body()).asString().isEqualTo("abcdef");
        recorder.write("ghi".getBytes(), 0, 3);
        assertThat(recorder.overLimit()).isTrue();
        assertThat(recorder.body()).isEmpty();
    }
}
