package io.bcekit.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;

/**
 * The envelope's JSON form. Reading is Jackson's streaming API (one shared, thread-safe factory);
 * writing is {@link EnvelopeJsonWriter}, which produces the bytes Jackson's generator did, without
 * its per-call set-up (docs/performance.md).
 */
final class EnvelopeJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private EnvelopeJson() {
    }

    static byte[] write(ErrorEnvelope envelope) {
        return EnvelopeJsonWriter.write(envelope.requestId(), envelope.code(), envelope.message());
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
}
