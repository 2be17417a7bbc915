package io.bcekit.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.EipErrors;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /v1/eip/{ip}}: the known EIP as JSON, any other "not found". With bcekit the miss
 * throws {@code EipNotFound}; without, it does what a servlet author does, {@code sendError(404)}.
 */
public final class EipServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean bcekit;

    public EipServlet(boolean bcekit) {
        this.bcekit = bcekit;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ip = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!ip.equals(LoadServer.KNOWN_EIP)) {
            if (bcekit) {
                throw new BceException(EipErrors.EIP_NOT_FOUND);
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND, EipErrors.EIP_NOT_FOUND.defaultMessage());
            return;
        }
        byte[] body = JSON.writeValueAsBytes(LoadServer.EIP);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
