package io.bcekit.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Real Jackson 2 failures, produced by jackson-databind reading bad input. */
class FailureTranslatorJacksonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BceError MALFORMED_JSON =
            new BceError(GlobalErrors.MALFORMED_JSON, "The JSON you provided was not well-formed.", Map.of());
    private static final BceError INAPPROPRIATE_JSON = new BceError(GlobalErrors.INAPPROPRIATE_JSON,
            "The JSON you provided was well-formed and valid, but not appropriate for this operation.", Map.of());

    private final FailureTranslator translator = FailureTranslator.defaults();

    record Counter(int n) {
    }

    record Pair(int a, int b) {
    }

    enum Color { RED, GREEN }

    record Paint(Color color) {
    }

    record Small(byte b) {
    }

    /** No properties: serializing it fails with FAIL_ON_EMPTY_BEANS (on by default). */
    static class Empty {
    }

    @Test
    void truncatedObjectIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"a\":", Map.class));

        assertThat(failure).isInstanceOf(JsonParseException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void trailingCommaIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"a\":1,}", Map.class));

        assertThat(failure).isInstanceOf(JsonParseException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void malformedValueInsideABeanPropertyIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"n\":tru}", Counter.class));

        assertThat(failure).isInstanceOf(JsonParseException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void emptyInputIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue("", Counter.class));

        assertThat(failure).isInstanceOf(MismatchedInputException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void emptyByteInputIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue(new byte[0], Map.class));

        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void invalidUtf8IsMalformedJson() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Throwable failure = failure(() -> MAPPER.readValue(body, Map.class));

        assertThat(failure).isInstanceOf(JsonParseException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void wrongValueTypeIsInappropriateJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"n\":\"x\"}", Counter.class));

        assertThat(failure).isInstanceOf(InvalidFormatException.class);
        assertThat(translator.translate(failure)).isEqualTo(INAPPROPRIATE_JSON);
    }

    @Test
    void missingRequiredCreatorPropertyIsInappropriateJson() {
        Throwable failure = failure(() -> MAPPER.readerFor(Pair.class)
                .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .readValue("{\"a\":1}".getBytes(UTF_8)));

        assertThat(failure).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Missing creator property 'b'");
        assertThat(translator.translate(failure)).isEqualTo(INAPPROPRIATE_JSON);
    }

    @Test
    void unknownEnumValueIsInappropriateJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"color\":\"PURPLE\"}", Paint.class));

        assertThat(failure).isInstanceOf(InvalidFormatException.class);
        assertThat(translator.translate(failure)).isEqualTo(INAPPROPRIATE_JSON);
    }

    @Test
    void numberOutOfRangeIsInappropriateJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"b\":1000}", Small.class));

        assertThat(failure).isExactlyInstanceOf(JsonMappingException.class)
                .hasCauseInstanceOf(InputCoercionException.class);
        assertThat(translator.translate(failure)).isEqualTo(INAPPROPRIATE_JSON);
    }

    @Test
    void brokenSerializerDefinitionIsInternalError() {
        Throwable failure = failure(() -> MAPPER.writeValueAsString(new Empty()));

        assertThat(failure).isInstanceOf(InvalidDefinitionException.class);
        assertThat(translator.translate(failure)).isEqualTo(BceError.of(GlobalErrors.INTERNAL_ERROR));
    }

    record Named(String name) {
    }

    @Test
    void invalidUtf8InsideAStringIsMalformedJson() {
        byte[] json = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Throwable failure = failure(() -> MAPPER.readValue(json, Named.class));

        assertThat(failure).isExactlyInstanceOf(JsonMappingException.class).hasCauseInstanceOf(JsonParseException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    /** Its getter fails: serializing it is the service's bug, not the client's JSON. */
    static class BrokenGetter {
        public String getName() {
            throw new IllegalStateException("no name");
        }
    }

    @Test
    void failureWhileWritingAResponseIsInternalError() {
        Throwable failure = failure(() -> MAPPER.writeValueAsString(new BrokenGetter()));

        assertThat(failure).isExactlyInstanceOf(JsonMappingException.class);
        assertThat(translator.translate(failure)).isEqualTo(BceError.of(GlobalErrors.INTERNAL_ERROR));
    }

    private static Throwable failure(ThrowingCallable call) {
        Throwable failure = catchThrowable(call);
        assertThat(failure).as("Jackson should have failed").isNotNull();
        return failure;
    }
}
