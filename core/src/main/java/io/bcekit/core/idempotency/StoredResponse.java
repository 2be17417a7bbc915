package io.bcekit.core.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A completed request's answer as a retry gets it back: status, the headers that describe the
 * body (never the request id: a replay carries its own), and the body bytes. {@link #toBytes()}
 * and {@link #fromBytes} are how stores outside the JVM keep it.
 */
public record StoredResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    private static final int FORMAT = 1;
    /** Headers of one exchange rather than of the answer: a replay sends its own. */
    private static final java.util.Set<String> NOT_REPLAYED = java.util.Set.of("x-bce-request-id", "date", "server",
            "connection", "transfer-encoding", "content-length", "keep-alive");

    public StoredResponse {
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** Whether header {@code name} (any case) belongs in a stored answer. */
    public static boolean replays(String name) {
        return !NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    public byte[] toBytes() {
        // the capacity is a hint: any value gives the same bytes (pitest's mutants of it are equivalent)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 64 * headers.size() + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeShort(status);
            out.writeInt(headers.size());
            for (Map.Entry<String, String> header : headers) {
                out.writeUTF(header.getKey());
                out.writeUTF(header.getValue());
            }
            out.writeInt(body.length);
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static StoredResponse fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != FORMAT) {
                throw new IllegalArgumentException("Not a stored response of format " + FORMAT);
            }
            int status = in.readShort();
            int count = in.readInt();
            List<Map.Entry<String, String>> headers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                headers.add(Map.entry(in.readUTF(), in.readUTF()));
            }
            byte[] body = in.readNBytes(in.readInt());
            return new StoredResponse(status, headers, body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Truncated stored response", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status && headers.equals(that.headers)
                && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredResponse[" + status + ", " + headers + ", " + body.length + " bytes]";
    }
}
