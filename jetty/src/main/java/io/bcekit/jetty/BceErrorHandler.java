package io.bcekit.jetty;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.internal.ErrorResponder;
import io.bcekit.core.internal.ErrorResponse;
import io.bcekit.core.internal.RequestSummary;
import io.bcekit.core.requestid.RequestIds;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's server-level error handler, answering with the BCE error envelope.
 *
 * <p>Why it exists: Jetty rejects some requests itself, before any webapp (and so before
 * {@code BceErrorFilter}) sees them — a request line or header it cannot parse (400), headers over
 * its size limit (431), a URI it will not route (400) — and answers them from the
 * <em>server's</em> {@link ErrorHandler}, by default with an HTML or text page that a BCE client
 * cannot read. Installed as the server's error handler ({@link BceJetty#install} does it), this
 * handler sends the envelope instead, with {@code x-bce-request-id}, JSON content type and length,
 * and no body for HEAD (for a request Jetty could not parse at all, its stand-in is a HEAD only on
 * a connection from {@link HeadKeepingHttpConnectionFactory}). A path Jetty refuses to decode (bad
 * UTF-8, an encoded {@code /}, an illegal character) is {@code InvalidURI}; any other status goes
 * through the status table (400 is {@code InvalidHTTPRequest}, 431 {@code RequestHeaderTooLarge}, …).
 *
 * <p>Errors inside a servlet context do not come here: the context keeps its own error handler,
 * which dispatches them to {@code BceErrorFilter}.
 */
public class BceErrorHandler extends ErrorHandler {

    private static final String URI_UTIL = "org.eclipse.jetty.util.URIUtil";

    private final ErrorResponder responder;

    public BceErrorHandler(BceErrorConfig config) {
        this.responder = new ErrorResponder(Objects.requireNonNull(config, "config"), "jetty");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String requestId = responder.config().requestIdFor(request.getHeaders().get(RequestIds.HEADER));
        HttpURI uri = request.getHttpURI();
        RequestSummary summary = new RequestSummary(requestId, request.getMethod(), uri == null ? "" : uri.getPath());
        int status = status(request, response);
        ErrorResponse error = status == 400 && uriRejected(uri, request.getAttribute(ERROR_EXCEPTION))
                ? responder.forFailure(summary, new BceException(GlobalErrors.INVALID_URI))
                : responder.forStatus(summary, status);
        response.setStatus(error.status());
        HttpFields.Mutable headers = response.getHeaders();
        error.forEachHeader(headers::put);
        response.write(true, error.sendsBody() ? ByteBuffer.wrap(error.body()) : BufferUtil.EMPTY_BUFFER, callback);
        return true;
    }

    /**
     * Whether Jetty refused the request target: a path it cannot decode or will not route (bad
     * UTF-8, {@code %2F}, {@code ..}) leaves violations on the URI; a target its parser could not
     * read at all ({@code %zz}, an illegal character) leaves only the stand-in URI, and a failure
     * thrown by Jetty's URI code as the cause. Either is the design's {@code InvalidURI}.
     */
    private static boolean uriRejected(HttpURI uri, Object failure) {
        if (uri != null && uri.hasViolations()) {
            return true;
        }
        Throwable cause = failure instanceof Throwable thrown ? thrown.getCause() : null;
        if (!(cause instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith(HttpURI.class.getName()) || frame.getClassName().equals(URI_UTIL)) {
                return true;
            }
        }
        return false;
    }

    /** Jetty's status for the failure: from its exception when it has one, else the response's. */
    private static int status(Request request, Response response) {
        Object failure = request.getAttribute(ERROR_EXCEPTION);
        if (failure instanceof EofException && !(failure instanceof HttpException)) {
            // The connection closed under a request never received whole (the client left, or the
            // idle timeout cut it mid-headers): Jetty says 500, but it is an incomplete request, as
            // Jetty's own "Early EOF" is a 400; and no 5xx error log for every client that drops.
            return 400;
        }
        int status = failure instanceof HttpException http ? http.getCode() : response.getStatus();
        return status >= 400 && status <= 599 ? status : 500;
    }
}
