package io.bcekit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /v1/eip}: reads the createEip body, checks its bandwidth and answers a new address,
 * as a create does; what the idempotency filter guards in load.sh's (h)-(j).
 */
final class CreateEipServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger created = new AtomicInteger();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = JSON.readTree(request.getInputStream());
        int bandwidth = body.path("bandwidthInMbps").asInt();
        if (bandwidth < 1 || bandwidth > 200) {
            throw new BceException(GlobalErrors.INAPPROPRIATE_JSON);
        }
        int n = created.incrementAndGet();
        byte[] answer = ("{\"eip\":\"100.64." + ((n >> 8) & 0xFF) + "." + (n & 0xFF) + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }
}
