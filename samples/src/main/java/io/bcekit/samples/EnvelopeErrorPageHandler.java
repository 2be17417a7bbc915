package io.bcekit.samples;

import org.eclipse.jetty.ee11.servlet.ErrorPageErrorHandler;

/**
 * The webapp's own error handler: sends every error Jetty raises inside the webapp but outside
 * the filter chain (a protected {@code /WEB-INF/} path, a security constraint such as the
 * default one refusing {@code TRACE}) to the error page, that is, to an ERROR dispatch that
 * {@code BceErrorFilter} answers with the envelope under the request's id.
 *
 * <p>Jetty's own handler does this only for GET, POST and HEAD and answers every other method
 * with an empty body, which a BCE client cannot read; this one does it for every method.
 */
public class EnvelopeErrorPageHandler extends ErrorPageErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }
}
