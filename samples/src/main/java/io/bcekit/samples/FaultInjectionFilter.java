package io.bcekit.samples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bcekit.core.BceException;
import io.bcekit.core.ErrorCode;
import io.bcekit.core.catalogue.Catalogues;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Fault injection, for testing clients against failures the service would not otherwise produce.
 * {@code POST /_bcekit/faults} with {@code {"method":"PUT","path":"/v1/eip/100.64.0.1",
 * "code":"ServiceUnavailable","count":2}} makes the next {@code count} requests with that method
 * and exact path (as sent, before decoding) answer that code (any code of bcekit's catalogues)
 * instead of running; with {@code "delayMillis"} they run after that delay instead.
 * {@code DELETE /_bcekit/faults} clears every fault.
 *
 * <p>The admin path is served to loopback callers only, without authentication (map this filter
 * ahead of {@code BceAuthFilter}); it is outside {@code /v1}, so no client of the API reaches it.
 */
public class FaultInjectionFilter implements Filter {

    public static final String ADMIN_PATH = "/_bcekit/faults";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<Fault> faults = new ArrayList<>();

    /** The body of {@code POST /_bcekit/faults}. */
    record FaultRequest(String method, String path, String code, Integer count, Long delayMillis) {
    }

    private static final class Fault {
        final String method;
        final String path;
        final ErrorCode code;
        final long delayMillis;
        int left;

        Fault(String method, String path, ErrorCode code, int left, long delayMillis) {
            this.method = method;
            this.path = path;
            this.code = code;
            this.left = left;
            this.delayMillis = delayMillis;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getRequestURI().equals(ADMIN_PATH)) {
            administer(http, (HttpServletResponse) response);
            return;
        }
        Optional<Fault> fault = take(http.getMethod(), http.getRequestURI());
        if (fault.isPresent() && fault.get().delayMillis <= 0) {
            throw new BceException(fault.get().code);
        }
        if (fault.isPresent()) {
            try {
                Thread.sleep(fault.get().delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BceException(GlobalErrors.INTERNAL_ERROR, e);
            }
        }
        chain.doFilter(request, response);
    }

    private synchronized Optional<Fault> take(String method, String path) {
        for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            if (fault.method.equals(method) && fault.path.equals(path)) {
                if (--fault.left == 0) {
                    it.remove();
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private void administer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            throw new BceException(GlobalErrors.ACCESS_DENIED);
        }
        switch (request.getMethod()) {
            case "POST" -> add(JSON.readValue(JsonBody.readUtf8(request.getInputStream().readAllBytes()),
                    FaultRequest.class));
            case "DELETE" -> {
                synchronized (this) {
                    faults.clear();
                }
            }
            default -> {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
        }
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(2);
        response.getOutputStream().write(new byte[] {'{', '}'});
    }

    private synchronized void add(FaultRequest request) {
        int count = request.count() == null ? 1 : request.count();
        long delay = request.delayMillis() == null ? 0 : request.delayMillis();
        JsonBody.require(request.method() != null && request.path() != null && count > 0 && delay >= 0
                && (delay > 0 || request.code() != null));
        ErrorCode code = request.code() == null ? GlobalErrors.INTERNAL_ERROR : codeNamed(request.code());
        faults.add(new Fault(request.method(), request.path(), code, count, delay));
    }

    private static ErrorCode codeNamed(String code) {
        return Catalogues.ALL.stream().flatMap(catalogue -> catalogue.entries().stream())
                .filter(entry -> entry.code().equals(code)).findFirst()
                .orElseThrow(() -> new BceException(GlobalErrors.INAPPROPRIATE_JSON, "Unknown error code: " + code));
    }
}
