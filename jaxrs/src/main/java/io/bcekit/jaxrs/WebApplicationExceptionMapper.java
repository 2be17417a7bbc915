package io.bcekit.jaxrs;

import io.bcekit.core.BceError;
import io.bcekit.core.FailureTranslator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The runtime's own HTTP failures (no route, unparseable parameter, 405, 415, …) by their status:
 * 404 {@code InvalidURI}, 400 and 415 {@code InvalidHTTPRequest}, others per core's status table.
 * Headers they carry ({@code Allow}, {@code Retry-After}, {@code WWW-Authenticate}) are kept. An
 * exception that already carries an entity, or a non-error status (a redirect), is the
 * application's deliberate answer and passes unchanged.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** Headers describing the body being replaced. */
    private static final Set<String> BODY_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_ENCODING.toLowerCase(Locale.ROOT));

    private final FailureTranslator translator;

    public WebApplicationExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(WebApplicationException failure) {
        Response original = failure.getResponse();
        if (original == null) {
            return ErrorResponses.pending(translator.translate(failure), failure);
        }
        if (original.hasEntity() || original.getStatus() < 400) {
            return original;
        }
        BceError error = translator.translateStatus(original.getStatus());
        for (var header : original.getStringHeaders().entrySet()) {
            List<String> values = header.getValue();
            if (!BODY_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
                error = error.withHeader(header.getKey(), String.join(", ", values));
            }
        }
        return ErrorResponses.pending(error, failure);
    }
}
