package io.bcekit.core.idempotency;

import io.bcekit.core.BceException;
import io.bcekit.core.RequestBodyException;
import io.bcekit.core.catalogue.HttpStatusErrors;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Reading a guarded request's body whole, and bounded, before the handler runs: for the adapters. */
public final class GuardedRequestBody {

    private GuardedRequestBody() {
    }

    /**
     * The body of a guarded request, read whole (it is fingerprinted before the handler runs) up to
     * {@code maxBytes}; a longer one, declared ({@code declaredLength}, -1 when unknown) or sent, is
     * {@code EntityTooLarge} and is read no further. A declared body is read to its length in one
     * array of that size (not in the 8 KiB steps of an unknown length); one that ends before it
     * never fully arrived.
     */
    public static byte[] read(InputStream body, long declaredLength, int maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw new BceException(HttpStatusErrors.ENTITY_TOO_LARGE);
        }
        if (body == null) {
            return new byte[0];
        }
        if (declaredLength >= 0) {
            byte[] read = body.readNBytes((int) declaredLength);
            if (read.length < declaredLength) {
                throw RequestBodyException.of(new EOFException(
                        "The body ended after " + read.length + " of its " + declaredLength + " bytes"));
            }
            return read;
        }
        byte[] read = body.readNBytes(maxBytes + 1);
        if (read.length > maxBytes) {
            throw new BceException(HttpStatusErrors.ENTITY_TOO_LARGE);
        }
        return read;
    }
}
