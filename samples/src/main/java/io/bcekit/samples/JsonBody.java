package io.bcekit.samples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body the resources take as bytes (one PUT path serves operations with and
 * without a body, told apart by a query flag). Bytes that are not UTF-8 are the request's fault
 * ({@code InvalidHTTPRequest}); Jackson's own failures propagate, and {@code BceFeature} answers
 * them as {@code MalformedJSON} or {@code InappropriateJSON}.
 */
final class JsonBody {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonBody() {
    }

    static <T> T read(byte[] body, Class<T> type) throws IOException {
        String text = readUtf8(body);
        if (text.isBlank()) {
            throw new BceException(GlobalErrors.MALFORMED_JSON);
        }
        return MAPPER.readValue(text, type);
    }

    /** {@code body} as UTF-8 text; {@code InvalidHTTPRequest} when its bytes are not UTF-8. */
    static String readUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BceException(GlobalErrors.INVALID_HTTP_REQUEST);
        }
    }

    /** {@code InappropriateJSON} unless {@code holds}: for values that parse but do not fit the operation. */
    static void require(boolean holds) {
        if (!holds) {
            throw new BceException(GlobalErrors.INAPPROPRIATE_JSON);
        }
    }
}
