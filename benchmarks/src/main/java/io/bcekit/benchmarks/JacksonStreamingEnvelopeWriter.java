package io.bcekit.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.bcekit.core.ErrorEnvelope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How core wrote the envelope before its hand-written writer: Jackson's streaming generator over
 * the fields with lone surrogates replaced. Kept here as the baseline the writer must beat, in the
 * same run, while writing the same bytes (EnvelopeJsonBenchmark checks that at set-up).
 */
final class JacksonStreamingEnvelopeWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final char REPLACEMENT = '\uFFFD';

    private JacksonStreamingEnvelopeWriter() {
    }

    static byte[] write(ErrorEnvelope envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + envelope.message().length());
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("requestId", wellFormed(envelope.requestId()));
            json.writeStringField("code", wellFormed(envelope.code()));
            json.writeStringField("message", wellFormed(envelope.message()));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot happen: writing to memory", e);
        }
        return out.toByteArray();
    }

    private static String wellFormed(String text) {
        char[] fixed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
                continue;
            }
            if (fixed == null) {
                fixed = text.toCharArray();
            }
            fixed[i] = REPLACEMENT;
        }
        return fixed == null ? text : new String(fixed);
    }
}
