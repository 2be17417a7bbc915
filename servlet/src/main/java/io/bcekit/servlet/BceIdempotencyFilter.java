package io.bcekit.servlet;

import io.bcekit.auth.BcePrincipal;
import io.bcekit.core.idempotency.ClientToken;
import io.bcekit.core.idempotency.GuardedRequestBody;
import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.RequestFingerprint;
import io.bcekit.core.idempotency.StoredResponse;
import io.bcekit.core.internal.IdempotencyParameters;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * {@code clientToken} idempotency for a servlet application: a POST, PUT, DELETE or PATCH whose
 * query carries {@code clientToken} runs once per token and caller; a retry with the same request
 * gets the first answer (status, headers, body) under its own request id, and a retry with another
 * request gets {@code IdempotentParameterMismatch}. The protocol is core's {@link IdempotencyGuard};
 * this filter reads the body (to fingerprint it, up to a bound: above it {@code EntityTooLarge}),
 * records the answer and replays it.
 *
 * <p>Map it after {@code BceErrorFilter} and {@code BceAuthFilter} (the caller's access key is the
 * scope; without authentication every caller shares one scope). Init-params: {@code store} (class
 * name of an {@code IdempotencyStore}; default in memory), {@code ttl-seconds} (86400),
 * {@code wait-millis} (5000), {@code max-stored-body-bytes} (1048576),
 * {@code max-request-body-bytes} (1048576), {@code fail-open} (false).
 */
public class BceIdempotencyFilter implements Filter {

    private static final IdempotencyParameters INIT_PARAMETERS =
            new IdempotencyParameters("BceIdempotencyFilter parameter", "");

    private volatile IdempotencyGuard guard;
    private volatile int maxRequestBodyBytes = IdempotencyParameters.DEFAULT_MAX_REQUEST_BODY_BYTES;

    /** For {@code web.xml}: configured from init-params in {@link #init}. */
    public BceIdempotencyFilter() {
    }

    /** For programmatic registration; such a filter takes no init-params. */
    public BceIdempotencyFilter(IdempotencyGuard guard, int maxRequestBodyBytes) {
        this.guard = guard;
        this.maxRequestBodyBytes = maxRequestBodyBytes;
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        InitParameters.apply(filterConfig, "BceIdempotencyFilter", guard != null, parameters -> {
            IdempotencyParameters.Settings settings =
                    INIT_PARAMETERS.read(parameters, InitParameters.classLoader(filterConfig));
            maxRequestBodyBytes = settings.maxRequestBodyBytes();
            guard = settings.guard();
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)
                || !IdempotencyGuard.guards(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String token = ClientToken.fromQuery(http.getQueryString());
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = GuardedRequestBody.read(http.getInputStream(), http.getContentLengthLong(), maxRequestBodyBytes);
        String fingerprint = RequestFingerprint.of(http.getMethod(), http.getRequestURI(), http.getQueryString(), body);
        String scope = BceAuthFilter.principalOf(http).map(BcePrincipal::accessKeyId).orElse(IdempotencyGuard.ANONYMOUS_SCOPE);
        IdempotencyGuard current = guard;
        IdempotencyGuard.Decision decision = current.begin(scope, token, fingerprint);
        if (decision instanceof IdempotencyGuard.Replay replay) {
            replay(replay.response(), httpResponse);
        } else if (decision instanceof IdempotencyGuard.Proceed proceed) {
            run(current, proceed.ticket(), new BufferedBodyRequest(http, body), httpResponse, chain);
        }
    }

    private void run(IdempotencyGuard current, IdempotencyGuard.Ticket ticket, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        ResponseRecorder recorder = new ResponseRecorder(response, current.maxStoredBodyBytes());
        try {
            chain.doFilter(request, recorder);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            current.abandon(ticket);
            throw failure;
        }
        if (request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new Outcome(current, ticket, recorder));
        } else {
            recordOutcome(current, ticket, recorder);
        }
    }

    private static void recordOutcome(IdempotencyGuard current, IdempotencyGuard.Ticket ticket, ResponseRecorder recorder) {
        recorder.flushWriter();
        if (recorder.overLimit()) {
            current.finishTooLarge(ticket, recorder.getStatus());
        } else {
            current.finish(ticket, recorder.answer());
        }
    }

    /** The stored answer, under this request's own id (set by BceErrorFilter, never stored). */
    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        for (Map.Entry<String, String> header : stored.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    /** Records an async request's outcome when it completes; releases the claim when it fails. */
    private record Outcome(IdempotencyGuard guard, IdempotencyGuard.Ticket ticket, ResponseRecorder recorder)
            implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            recordOutcome(guard, ticket, recorder);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            guard.abandon(ticket);
        }

        @Override
        public void onError(AsyncEvent event) {
            guard.abandon(ticket);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
