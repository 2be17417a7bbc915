package io.bcekit.core;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The envelope's JSON form, on Jackson's streaming API (one shared, thread-safe factory). */
final class EnvelopeJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final char REPLACEMENT = '\uFFFD';

    private EnvelopeJson() {
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

    static ErrorEnvelope read(byte[] body) {
        String requestId = null;
        String code = null;
        String message = null;
        try (JsonParser json = JSON.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("An error body must be a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (value.isStructStart()) {
                    if (isEnvelopeField(field)) {
                        throw new IllegalArgumentException("Field '" + field + "' must be a string");
                    }
                    json.skipChildren();
                    continue;
                }
                String text = value == JsonToken.VALUE_NULL ? null : json.getText();
                switch (field) {
                    case "requestId" -> requestId = text;
                    case "code" -> code = text;
                    case "message" -> message = text;
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a well-formed JSON error body: " + e.getMessage(), e);
        }
        requirePresent("requestId", requestId);
        requirePresent("code", code);
        requirePresent("message", message);
        return new ErrorEnvelope(requestId, code, message);
    }

    private static boolean isEnvelopeField(String field) {
        return field.equals("requestId") || field.equals("code") || field.equals("message");
    }

    private static void requirePresent(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException("The error body has no '" + field + "'");
        }
    }

    /** Replaces lone surrogates, which UTF-8 cannot carry, so writing never fails on a message. */
    static String wellFormed(String text) {
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
