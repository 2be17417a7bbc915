package io.bcekit.jaxrs;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.util.Set;

/**
 * A JSON body with no content (none, or only white space) is {@code MalformedJSON}, as it is on
 * the servlet path where Jackson reports it. The Jackson JAX-RS providers would hand the resource
 * {@code null} instead. Bodies read as raw text or bytes are left alone: there, empty is a value.
 */
@Priority(BceFeature.PRIORITY)
final class EmptyJsonBodyInterceptor implements ReaderInterceptor {

    private static final Set<Class<?>> RAW_TYPES =
            Set.of(String.class, byte[].class, char[].class, InputStream.class, Reader.class, File.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType()) && !RAW_TYPES.contains(context.getType())) {
            PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
            int first = body.read();
            while (first == ' ' || first == '\t' || first == '\n' || first == '\r') {
                first = body.read(); // JSON ignores leading white space: nothing needs to be kept
            }
            if (first == -1) {
                throw new BceException(GlobalErrors.MALFORMED_JSON);
            }
            body.unread(first);
            context.setInputStream(body);
        }
        return context.proceed();
    }

    /** {@code application/json}, or a structured {@code …+json} type, in any case. */
    private static boolean isJson(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype();
        return subtype.equalsIgnoreCase("json")
                || subtype.regionMatches(true, subtype.length() - 5, "+json", 0, 5);
    }
}
