package io.bcekit.samples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.EipErrors;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The sample's EIP API on {@code /v1/eip/*}, over a tiny in-memory store. It never writes an
 * error itself: it throws or calls {@code sendError}, and {@code BceErrorFilter} answers.
 * <ul>
 *   <li>{@code GET /v1/eip/{ip}}: the EIP as JSON, or {@code EipNotFound} (404);</li>
 *   <li>{@code DELETE /v1/eip/{ip}} (what {@code EipClient.releaseEip} sends): 200 with an empty
 *       body, or {@code EipNotFound};</li>
 *   <li>{@code GET /v1/eip/boom/internal}: a plain {@link RuntimeException}, answered as
 *       {@code InternalError} (500) without a word of its message;</li>
 *   <li>anything else under {@code /v1/eip}: {@code sendError(404)}, answered as {@code InvalidURI}.</li>
 * </ul>
 */
public class EipServlet extends HttpServlet {

    /** The EIP the store starts with. */
    public static final String PRELOADED_EIP = "180.76.1.2";
    private static final String BOOM = "boom/internal";

    private final ConcurrentMap<String, Eip> store = new ConcurrentHashMap<>();

    @Override
    public void init() {
        store.put(PRELOADED_EIP, new Eip(PRELOADED_EIP, "sample-eip", "available", 10));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> ip = ip(request);
        if (ip.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (ip.get().equals(BOOM)) {
            // Stands for any bug: the client sees the catalogue's generic text, the log gets the rest.
            throw new IllegalStateException("Simulated bug: connection to db-master 10.0.0.5 refused");
        }
        byte[] json = find(ip.get()).toJson().getBytes(UTF_8);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> ip = ip(request);
        if (ip.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (store.remove(ip.get()) == null) {
            throw new BceException(EipErrors.EIP_NOT_FOUND);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(0); // the SDK reads a void answer's body only when it is JSON or empty
    }

    private Eip find(String ip) {
        Eip eip = store.get(ip);
        if (eip == null) {
            throw new BceException(EipErrors.EIP_NOT_FOUND);
        }
        return eip;
    }

    /** The {@code {ip}} of {@code /v1/eip/{ip}} (decoded), or {@code boom/internal}; empty for other paths. */
    private static Optional<String> ip(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        String rest = path.substring(1);
        return rest.equals(BOOM) || rest.indexOf('/') < 0 ? Optional.of(rest) : Optional.empty();
    }

    /** One stored EIP; every value is the sample's own, so the JSON needs no escaping. */
    private record Eip(String eip, String name, String status, int bandwidthInMbps) {

        String toJson() {
            return "{\"eip\":\"" + eip + "\",\"name\":\"" + name + "\",\"status\":\"" + status
                    + "\",\"bandwidthInMbps\":" + bandwidthInMbps
                    + ",\"paymentTiming\":\"Postpaid\",\"billingMethod\":\"ByBandwidth\"}";
        }
    }
}
