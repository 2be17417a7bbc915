package io.bcekit.core.translation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.bcekit.core.BceError;
import io.bcekit.core.catalogue.GlobalErrors;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Real Jackson 2 failures, produced by jackson-databind reading bad input, through the default table. */
class Jackson2FailuresTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final BceError MALFORMED_JSON = BceError.of(GlobalErrors.MALFORMED_JSON);
    static final BceError INVALID_HTTP_REQUEST = BceError.of(GlobalErrors.INVALID_HTTP_REQUEST);
    static final BceError INTERNAL_ERROR = BceError.of(GlobalErrors.INTERNAL_ERROR);
    static final String INAPPROPRIATE =
            "The JSON you provided was well-formed and valid, but not appropriate for this operation.";

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

    record Reservation(int reservationLength) {
    }

    record Billing(Reservation reservation) {
    }

    record CreateEip(String name, int bandwidthInMbps, Billing billing, List<String> tags, Map<String, Integer> meta,
            JsonNode extra) {
    }

    /** No properties: serializing it fails with FAIL_ON_EMPTY_BEANS (on by default). */
    static class Empty {
    }

    /** Its getter fails: serializing it is the service's bug, not the client's JSON. */
    static class BrokenGetter {
        public String getName() {
            throw new IllegalStateException("no name");
        }
    }

    static BceError inappropriate(String detail) {
        return BceError.of(GlobalErrors.INAPPROPRIATE_JSON, INAPPROPRIATE + detail);
    }

    @Test
    void truncatedObjectIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"a\":", Map.class));

        assertThat(failure).isInstanceOf(JsonParseException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void trailingCommaIsMalformedJson() {
        assertThat(translator.translate(failure(() -> MAPPER.readValue("{\"a\":1,}", Map.class))))
                .isEqualTo(MALFORMED_JSON);
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
        assertThat(translator.translate(failure(() -> MAPPER.readValue(new byte[0], Map.class))))
                .isEqualTo(MALFORMED_JSON);
    }

    @Test
    void invalidUtf8BetweenTokensIsInvalidHttpRequest() {
        byte[] body = {'{', (byte) 0xFF, '"', 'n', '"', ':', '1', '}'};
        Throwable failure = failure(() -> MAPPER.readValue(body, Counter.class));

        assertThat(failure).isInstanceOf(JsonParseException.class).hasMessageStartingWith("Invalid UTF-8 start byte");
        assertThat(translator.translate(failure)).isEqualTo(INVALID_HTTP_REQUEST);
    }

    @Test
    void invalidUtf8InsideAStringValueIsInvalidHttpRequest() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Throwable failure = failure(() -> MAPPER.readValue(body, CreateEip.class));

        assertThat(failure).isExactlyInstanceOf(JsonMappingException.class).hasCauseInstanceOf(JsonParseException.class);
        assertThat(translator.translate(failure)).isEqualTo(INVALID_HTTP_REQUEST);
    }

    @Test
    void invalidUtf8InsideAFieldNameIsInvalidHttpRequest() {
        byte[] body = {'{', '"', (byte) 0xE2, (byte) 0x28, (byte) 0xA1, '"', ':', '1', '}'};

        assertThat(translator.translate(failure(() -> MAPPER.readValue(body, Map.class))))
                .isEqualTo(INVALID_HTTP_REQUEST);
    }

    @Test
    void wrongValueTypeNamesTheField() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"n\":\"x\"}", Counter.class));

        assertThat(failure).isInstanceOf(InvalidFormatException.class);
        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Check field 'n'."));
    }

    @Test
    void nestedWrongTypeNamesTheFieldPath() {
        Throwable failure = failure(() -> MAPPER.readValue(
                "{\"billing\":{\"reservation\":{\"reservationLength\":[]}}}", CreateEip.class));

        assertThat(translator.translate(failure))
                .isEqualTo(inappropriate(" Check field 'billing.reservation.reservationLength'."));
    }

    @Test
    void wrongListElementNamesItsIndex() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"tags\":[\"a\",{}]}", CreateEip.class));

        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Check field 'tags[1]'."));
    }

    @Test
    void wrongMapValueNamesItsKey() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"meta\":{\"size\":\"big\"}}", CreateEip.class));

        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Check field 'meta.size'."));
    }

    @Test
    void aFieldPathLongerThanTheBoundIsCut() {
        String key = "k".repeat(600);
        Throwable failure = failure(() -> MAPPER.readValue("{\"meta\":{\"" + key + "\":\"big\"}}", CreateEip.class));

        String detail = "Check field 'meta." + key + "'.";
        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" " + detail.substring(0, 512) + "..."));
    }

    @Test
    void missingRequiredCreatorPropertyNamesTheField() {
        Throwable failure = failure(() -> MAPPER.readerFor(Pair.class)
                .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .readValue("{\"a\":1}".getBytes(UTF_8)));

        assertThat(failure).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Missing creator property 'b'");
        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Check field 'b'."));
    }

    @Test
    void unknownEnumValueNamesTheField() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"color\":\"PURPLE\"}", Paint.class));

        assertThat(failure).isInstanceOf(InvalidFormatException.class);
        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Check field 'color'."));
    }

    @Test
    void numberOutOfRangeNamesTheField() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"b\":1000}", Small.class));

        assertThat(failure).isExactlyInstanceOf(JsonMappingException.class)
                .hasCauseInstanceOf(InputCoercionException.class);
        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Check field 'b'."));
    }

    @Test
    void numberOutOfRangeReadByTheParserAloneIsInappropriateJson() {
        Throwable failure = failure(() -> {
            try (JsonParser parser = MAPPER.createParser("99999999999")) {
                parser.nextToken();
                parser.getIntValue();
            }
        });

        assertThat(failure).isInstanceOf(InputCoercionException.class);
        assertThat(translator.translate(failure)).isEqualTo(inappropriate(""));
    }

    @Test
    void stringLongerThanTheReadLimitIsMalformedWhereverItStands() {
        String huge = "a".repeat(20_000_001);
        for (String json : List.of("{\"name\":\"" + huge + "\"}", "{\"meta\":{\"k\":\"" + huge + "\"}}",
                "{\"tags\":[\"" + huge + "\"]}", "{\"extra\":{\"deep\":[\"" + huge + "\"]}}")) {
            Throwable failure = failure(() -> MAPPER.readValue(json, CreateEip.class));

            assertThat(failure).satisfiesAnyOf(f -> assertThat(f).isInstanceOf(StreamConstraintsException.class),
                    f -> assertThat(f).hasCauseInstanceOf(StreamConstraintsException.class));
            assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
        }
    }

    @Test
    void nestingDeeperThanTheReadLimitIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue(
                "{\"extra\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}", CreateEip.class));

        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void numberLongerThanTheReadLimitIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"bandwidthInMbps\":" + "1".repeat(5_000) + "}",
                CreateEip.class));

        assertThat(failure).isInstanceOf(StreamConstraintsException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void fieldNameLongerThanTheReadLimitIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"" + "n".repeat(60_000) + "\":1}", CreateEip.class));

        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void jacksonFailureWrappedInAnUncheckedIoExceptionGetsTheSameAnswer() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"n\":\"x\"}", Counter.class));

        assertThat(translator.translate(new UncheckedIOException((JsonMappingException) failure)))
                .isEqualTo(inappropriate(" Check field 'n'."));
    }

    @Test
    void brokenSerializerDefinitionIsInternalError() {
        Throwable failure = failure(() -> MAPPER.writeValueAsString(new Empty()));

        assertThat(failure).isInstanceOf(InvalidDefinitionException.class);
        assertThat(translator.translate(failure)).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void failureWhileWritingAResponseIsInternalError() {
        Throwable failure = failure(() -> MAPPER.writeValueAsString(new BrokenGetter()));

        assertThat(failure).isExactlyInstanceOf(JsonMappingException.class);
        assertThat(translator.translate(failure)).isEqualTo(INTERNAL_ERROR);
    }

    static Throwable failure(ThrowingCallable call) {
        Throwable failure = catchThrowable(call);
        assertThat(failure).as("Jackson should have failed").isNotNull();
        return failure;
    }

    @Test
    void firstListElementIsNamedWithIndexZero() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"tags\":[{}]}", CreateEip.class));

        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Check field 'tags[0]'."));
    }

    @Test
    void aFieldPathOfExactlyTheBoundIsNotCut() {
        String key = "k".repeat(512 - "Check field 'meta.'.".length());
        Throwable failure = failure(() -> MAPPER.readValue("{\"meta\":{\"" + key + "\":\"big\"}}", CreateEip.class));

        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Check field 'meta." + key + "'."));
    }

    /** A decoder's complaint under the mapping failure: the body's bytes, not the JSON, are wrong. */
    @Test
    void undecodableBytesUnderAMappingFailureAreInvalidHttpRequest() {
        JsonMappingException failure = new JsonMappingException(null, "read failed",
                new java.io.CharConversionException("bad byte"));

        assertThat(translator.translate(failure)).isEqualTo(INVALID_HTTP_REQUEST);
    }

    @Test
    void undecodableBytesAreLookedForSevenCausesDeepButNotEight() {
        assertThat(translator.translate(mappingFailureOver(new java.io.CharConversionException("bad byte"), 6)))
                .isEqualTo(INVALID_HTTP_REQUEST);
        assertThat(translator.translate(mappingFailureOver(new java.io.CharConversionException("bad byte"), 7)))
                .isEqualTo(INTERNAL_ERROR);
    }

    /** A mapping failure (cause depth 0), {@code between} plain wrappers, then {@code cause}. */
    private static JsonMappingException mappingFailureOver(Throwable cause, int between) {
        Throwable current = cause;
        for (int i = 0; i < between; i++) {
            current = new IllegalStateException("wrapper " + i, current);
        }
        return new JsonMappingException(null, "read failed", current);
    }
}
