package io.bcekit.jaxrs;

import io.bcekit.core.internal.Attributes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/**
 * Reports an entity that fails while being written. The runtime can no longer answer (the
 * response is committed) and only logs it, then completes the response as if the truncated body
 * were whole. Recorded as request property {@link Attributes#FAILED_AFTER_COMMIT}, it
 * lets BceErrorFilter (when the runtime runs behind it) abort the connection instead. A write the
 * connection refused is reported as {@code ResponseWriteException}: the client went away, no
 * fault of the service's, logged without alarm.
 */
@Priority(BceFeature.PRIORITY)
final class FailedWriteInterceptor implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        context.setOutputStream(new ResponseBodyOutput(context.getOutputStream()));
        try {
            context.proceed();
        } catch (IOException | RuntimeException | Error failure) {
            context.setProperty(Attributes.FAILED_AFTER_COMMIT, failure);
            throw failure;
        }
    }
}
