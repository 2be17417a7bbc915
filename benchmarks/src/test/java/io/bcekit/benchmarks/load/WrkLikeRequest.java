package io.bcekit.benchmarks.load;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request written byte for byte as wrk writes it (request line, {@code Host}, the extra headers,
 * the body), plus {@code Connection: close} to read the response to its end. Unlike the JDK 17 HTTP client it
 * adds no {@code Content-Length: 0}, which bce-auth-v1 would sign.
 */
final class WrkLikeRequest {

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private WrkLikeRequest() {
    }

    static Response get(int port, String path, Map<String, String> headers) throws IOException {
        return send(port, "GET " + path, headers, "");
    }

    /** A POST of a JSON body, as load.sh's create script has wrk send it. */
    static Response post(int port, String path, String json) throws IOException {
        return send(port, "POST " + path, Map.of("Content-Type", "application/json",
                "Content-Length", String.valueOf(json.getBytes(UTF_8).length)), json);
    }

    private static Response send(int port, String methodAndPath, Map<String, String> headers, String body) throws IOException {
        StringBuilder request = new StringBuilder(methodAndPath).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Connection: close\r\n\r\n").append(body);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = new String(raw, end + 4, raw.length - end - 4, UTF_8);
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }
}
