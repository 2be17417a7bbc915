package io.bcekit.core.idempotency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The output of a guarded request's answer, for the adapters: writes through to the client and
 * records up to a limit (more only marks the answer as too large). A client that has gone away
 * does not stop the handler: once a write to it fails, the rest is only recorded, so the answer
 * can still be kept for the retry.
 */
public final class AnswerRecorder extends OutputStream {

    private final OutputStream client;
    private final int limit;
    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
    private boolean overLimit;
    private boolean clientGone;

    public AnswerRecorder(OutputStream client, int limit) {
        this.client = client;
        this.limit = limit;
    }

    /** The body recorded, empty once over the limit. */
    public byte[] body() {
        return recorded.toByteArray();
    }

    public boolean overLimit() {
        return overLimit;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (!overLimit) {
            if (recorded.size() + length > limit) {
                overLimit = true;
                recorded.reset();
            } else {
                recorded.write(bytes, offset, length);
            }
        }
        if (!clientGone) {
            try {
                client.write(bytes, offset, length);
            } catch (IOException gone) {
                clientGone = true;
            }
        }
    }

    @Override
    public void flush() {
        if (!clientGone) {
            try {
                client.flush();
            } catch (IOException gone) {
                clientGone = true;
            }
        }
    }

    @Override
    public void close() {
        if (!clientGone) {
            try {
                client.close();
            } catch (IOException gone) {
                clientGone = true;
            }
        }
    }
}
