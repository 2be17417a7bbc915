package io.bcekit.samples;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** HTTP/1.1 over a plain socket, for requests no well-behaved client sends. One request per connection. */
final class RawHttp {

    /** How long to wait, once a whole response is in, to see whether the server closes the connection. */
    private static final int CLOSE_WAIT_MILLIS = 1000;

    /** What became of the connection after the response (or instead of one). */
    enum Ending { CLOSED, RESET, STILL_OPEN }

    private RawHttp() {
    }

    /**
     * Sends {@code request} as is, on its own thread (the server may answer and close before it has
     * read everything), and reads until the server closes, resets, or stays silent for
     * {@code readTimeoutMillis} ({@value #CLOSE_WAIT_MILLIS} ms once a complete response is in).
     */
    static Exchange exchange(URI base, byte[] request, int readTimeoutMillis) throws Exception {
        boolean head = new String(request, 0, Math.min(5, request.length), ISO_8859_1).equals("HEAD ");
        Socket socket = new Socket(base.getHost(), base.getPort());
        Thread writer = new Thread(() -> write(socket, request), "raw-http-writer");
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        Ending ending;
        try {
            socket.setSoTimeout(readTimeoutMillis);
            writer.setDaemon(true);
            writer.start();
            ending = read(socket, received, head);
        } finally {
            socket.close(); // also ends a write the server stopped reading
        }
        writer.join(10_000);
        return new Exchange(received.toByteArray(), ending);
    }

    static Exchange exchange(URI base, String request, int readTimeoutMillis) throws Exception {
        return exchange(base, request.getBytes(ISO_8859_1), readTimeoutMillis);
    }

    private static void write(Socket socket, byte[] request) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
        } catch (IOException serverStoppedReading) {
            // expected when the server answers early and closes
        }
    }

    private static Ending read(Socket socket, ByteArrayOutputStream received, boolean head) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException silent) {
                return Ending.STILL_OPEN;
            } catch (SocketException reset) {
                return Ending.RESET;
            }
            if (n < 0) {
                return Ending.CLOSED;
            }
            received.write(buffer, 0, n);
            if (new Exchange(received.toByteArray(), null).isComplete(head)) {
                socket.setSoTimeout(CLOSE_WAIT_MILLIS);
            }
        }
    }

    /** The bytes received and how the connection ended. */
    record Exchange(byte[] bytes, Ending ending) {

        private int headEnd() {
            String text = new String(bytes, ISO_8859_1);
            return text.indexOf("\r\n\r\n");
        }

        String head() {
            int end = headEnd();
            return new String(bytes, 0, end < 0 ? bytes.length : end, ISO_8859_1);
        }

        String statusLine() {
            return head().lines().findFirst().orElse("");
        }

        /** Every value of header {@code name} (case-insensitive), in order. */
        List<String> header(String name) {
            List<String> values = new ArrayList<>();
            head().lines().skip(1).forEach(line -> {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    values.add(line.substring(colon + 1).trim());
                }
            });
            return values;
        }

        byte[] body() {
            int end = headEnd();
            return end < 0 ? new byte[0] : Arrays.copyOfRange(bytes, end + 4, bytes.length);
        }

        boolean isComplete(boolean headRequest) {
            if (headEnd() < 0) {
                return false;
            }
            List<String> length = header("content-length");
            long expected = headRequest || length.isEmpty() ? 0 : Long.parseLong(length.get(0));
            return body().length >= expected;
        }
    }
}
