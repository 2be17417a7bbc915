package io.bcekit.servlet;

import io.bcekit.core.catalogue.HttpStatusErrors;
import io.bcekit.core.internal.RequestIdScope;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ends a failed or timed-out async request with the envelope, under the request's id. */
final class AsyncErrorListener implements AsyncListener {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncErrorListener.class);

    private final EnvelopeWriter envelope;

    AsyncErrorListener(EnvelopeWriter envelope) {
        this.envelope = envelope;
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        try (RequestIdScope scope = open()) {
            if (!envelope.isCommitted()) {
                envelope.answerStatus(HttpStatusErrors.SERVICE_UNAVAILABLE.httpStatus());
            }
        } catch (RuntimeException e) {
            LOG.debug("requestId={} could not answer an async timeout", envelope.requestId(), e);
        } finally {
            complete(event);
        }
    }

    @Override
    public void onError(AsyncEvent event) {
        try (RequestIdScope scope = open()) {
            Throwable failure = event.getThrowable();
            envelope.answerFailure(Failures.unwrapServletException(
                    failure != null ? failure : new IllegalStateException("async error without a throwable")));
        } catch (IOException | jakarta.servlet.ServletException | RuntimeException e) {
            LOG.debug("requestId={} async error after commit", envelope.requestId(), e);
        } finally {
            complete(event);
        }
    }

    /**
     * Ends the request, unless a listener before this one already dispatched it (Spring MVC answers
     * its own timeouts by a dispatch, which comes back through BceErrorFilter), when the container
     * refuses a second ending.
     */
    private void complete(AsyncEvent event) {
        try {
            event.getAsyncContext().complete();
        } catch (IllegalStateException alreadyDispatched) {
            LOG.debug("requestId={} the async request was already dispatched or completed: {}", envelope.requestId(),
                    alreadyDispatched.toString());
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // A new async cycle re-registers a listener when its dispatch returns (BceErrorFilter.guard).
    }

    private RequestIdScope open() {
        return RequestIdScope.open(envelope.requestId(), envelope.responder().config().mdcKey());
    }
}
