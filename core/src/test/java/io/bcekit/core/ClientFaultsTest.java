package io.bcekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** The client's I/O faults: wrapped once, found however deep, a timeout told apart. */
class ClientFaultsTest {

    @Test
    void aContainerFailureIsWrappedOnceAsTheClientsFault() {
        EOFException early = new EOFException("Early EOF");
        RequestBodyException body = RequestBodyException.of(early);
        IOException pipe = new IOException("Broken pipe");
        ResponseWriteException write = ResponseWriteException.of(pipe);

        assertThat(body).hasCause(early).hasMessage("Reading the request body failed");
        assertThat(RequestBodyException.of(body)).isSameAs(body);
        assertThat(write).hasCause(pipe).hasMessage("Writing the response failed");
        assertThat(ResponseWriteException.of(write)).isSameAs(write);
    }

    @Test
    void aReadThatTimedOutIsToldApart() {
        assertThat(RequestBodyException.of(new SocketTimeoutException()).timedOut()).isTrue();
        assertThat(RequestBodyException.of(new EOFException()).timedOut()).isFalse();
    }

    @Test
    void theOutermostFaultIsFoundAmongTheCauses() {
        ResponseWriteException write = ResponseWriteException.of(new IOException());
        RequestBodyException body = RequestBodyException.of(new IOException(write));

        assertThat(ClientFaults.find(new UncheckedIOException(body))).isSameAs(body);
        assertThat(ClientFaults.find(new IllegalStateException(new RuntimeException(write)))).isSameAs(write);
        assertThat(ClientFaults.find(new IllegalStateException("no client fault"))).isNull();
    }
}
