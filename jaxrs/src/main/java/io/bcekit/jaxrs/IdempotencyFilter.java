package io.bcekit.jaxrs;

import io.bcekit.auth.BcePrincipal;
import io.bcekit.core.idempotency.AnswerRecorder;
import io.bcekit.core.idempotency.ClientToken;
import io.bcekit.core.idempotency.GuardedRequestBody;
import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.RequestFingerprint;
import io.bcekit.core.idempotency.StoredResponse;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * clientToken idempotency in the JAX-RS layer, for deployments without {@code BceIdempotencyFilter}
 * in front: the request side reads and fingerprints the body and asks core's
 * {@link IdempotencyGuard}; a replay aborts the request with the stored answer (the response
 * filters then give it this request's id); otherwise the response side records the answer (the
 * entity through the writer interceptor) and finishes the ticket. The same contract as the
 * servlet filter: see its documentation.
 */
@Priority(IdempotencyFilter.PRIORITY)
final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    /** After authentication (the caller is the scope), before the resource reads its body. */
    static final int PRIORITY = BceFeature.PRIORITY + 10;

    private static final String TICKET = "io.bcekit.idempotency.ticket";
    private static final String ANSWER_HEAD = "io.bcekit.idempotency.answerHead";

    private final IdempotencyGuard guard;
    private final int maxRequestBodyBytes;

    IdempotencyFilter(IdempotencyGuard guard, int maxRequestBodyBytes) {
        this.guard = guard;
        this.maxRequestBodyBytes = maxRequestBodyBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        URI uri = request.getUriInfo().getRequestUri();
        String token = IdempotencyGuard.guards(request.getMethod()) ? ClientToken.fromQuery(uri.getRawQuery()) : null;
        if (token == null) {
            return;
        }
        byte[] body = GuardedRequestBody.read(request.getEntityStream(), request.getLength(), maxRequestBodyBytes);
        String fingerprint = RequestFingerprint.of(request.getMethod(), uri.getRawPath(), uri.getRawQuery(), body);
        IdempotencyGuard.Decision decision = guard.begin(scope(request), token, fingerprint);
        if (decision instanceof IdempotencyGuard.Replay replay) {
            request.abortWith(replayed(replay.response()));
        } else if (decision instanceof IdempotencyGuard.Proceed proceed) {
            request.setEntityStream(new ByteArrayInputStream(body));
            request.setProperty(TICKET, proceed.ticket());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(TICKET) instanceof IdempotencyGuard.Ticket ticket)) {
            return;
        }
        request.removeProperty(TICKET);
        StoredResponse head = new StoredResponse(response.getStatus(), headers(response), new byte[0]);
        if (response.getStatus() < 200 || response.getStatus() > 299 || !response.hasEntity()) {
            guard.finish(ticket, head); // a 2xx without entity is kept; anything else releases
        } else {
            request.setProperty(ANSWER_HEAD, new Pending(ticket, head));
        }
    }

    /** Records the entity as written; a client that has gone does not stop the recording. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(ANSWER_HEAD) instanceof Pending pending)) {
            context.proceed();
            return;
        }
        context.removeProperty(ANSWER_HEAD);
        AnswerRecorder recorder = new AnswerRecorder(context.getOutputStream(), guard.maxStoredBodyBytes());
        context.setOutputStream(recorder);
        try {
            context.proceed();
        } catch (IOException | RuntimeException | Error failure) {
            guard.abandon(pending.ticket());
            throw failure;
        }
        StoredResponse head = pending.head();
        if (recorder.overLimit()) {
            guard.finishTooLarge(pending.ticket(), head.status());
        } else {
            guard.finish(pending.ticket(), new StoredResponse(head.status(), head.headers(), recorder.body()));
        }
    }

    private static String scope(ContainerRequestContext request) {
        if (request.getProperty(BcePrincipal.ATTRIBUTE) instanceof BcePrincipal principal) {
            return principal.accessKeyId();
        }
        return request.getSecurityContext() != null
                && request.getSecurityContext().getUserPrincipal() instanceof BcePrincipal principal
                ? principal.accessKeyId() : IdempotencyGuard.ANONYMOUS_SCOPE;
    }

    private static Response replayed(StoredResponse stored) {
        Response.ResponseBuilder response = Response.status(stored.status());
        for (Map.Entry<String, String> header : stored.headers()) {
            response.header(header.getKey(), header.getValue());
        }
        return response.entity(stored.body()).build();
    }

    private static List<Map.Entry<String, String>> headers(ContainerResponseContext response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (StoredResponse.replays(name)) {
                values.forEach(value -> headers.add(Map.entry(name, value)));
            }
        });
        return headers;
    }

    /** The ticket of a 2xx whose entity is still to be written, with its status and headers. */
    private record Pending(IdempotencyGuard.Ticket ticket, StoredResponse head) {
    }
}
