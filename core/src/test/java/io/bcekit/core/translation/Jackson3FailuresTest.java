package io.bcekit.core.translation;

import static io.bcekit.core.translation.Jackson2FailuresTest.INTERNAL_ERROR;
import static io.bcekit.core.translation.Jackson2FailuresTest.INVALID_HTTP_REQUEST;
import static io.bcekit.core.translation.Jackson2FailuresTest.MALFORMED_JSON;
import static io.bcekit.core.translation.Jackson2FailuresTest.failure;
import static io.bcekit.core.translation.Jackson2FailuresTest.inappropriate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real Jackson 3 failures (Spring Boot 4's JSON library): the same input gets the same answer as
 * from Jackson 2.
 */
class Jackson3FailuresTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final FailureTranslator translator = FailureTranslator.defaults();

    record Counter(int n) {
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

    /** No properties: serializing it fails once FAIL_ON_EMPTY_BEANS is on (off by default in Jackson 3). */
    static class Empty {
    }

    static class BrokenGetter {
        public String getName() {
            throw new IllegalStateException("no name");
        }
    }

    @Test
    void truncatedObjectIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"a\":", Map.class));

        assertThat(failure).isInstanceOf(StreamReadException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void malformedValueInsideABeanPropertyIsMalformedJson() {
        assertThat(translator.translate(failure(() -> MAPPER.readValue("{\"n\":tru}", Counter.class))))
                .isEqualTo(MALFORMED_JSON);
    }

    @Test
    void emptyInputIsMalformedJson() {
        Throwable failure = failure(() -> MAPPER.readValue(new byte[0], Counter.class));

        assertThat(failure).isInstanceOf(MismatchedInputException.class);
        assertThat(translator.translate(failure)).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void invalidUtf8BetweenTokensIsInvalidHttpRequest() {
        byte[] body = {'{', (byte) 0xFF, '"', 'n', '"', ':', '1', '}'};

        assertThat(translator.translate(failure(() -> MAPPER.readValue(body, Counter.class))))
                .isEqualTo(INVALID_HTTP_REQUEST);
    }

    @Test
    void invalidUtf8InsideAStringValueIsInvalidHttpRequest() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThat(translator.translate(failure(() -> MAPPER.readValue(body, CreateEip.class))))
                .isEqualTo(INVALID_HTTP_REQUEST);
    }

    @Test
    void wrongValueTypeNamesTheField() {
        assertThat(translator.translate(failure(() -> MAPPER.readValue("{\"n\":\"x\"}", Counter.class))))
                .isEqualTo(inappropriate(" Check field 'n'."));
    }

    @Test
    void nestedWrongTypeNamesTheFieldPath() {
        Throwable failure = failure(() -> MAPPER.readValue(
                "{\"billing\":{\"reservation\":{\"reservationLength\":[]}}}", CreateEip.class));

        assertThat(translator.translate(failure))
                .isEqualTo(inappropriate(" Check field 'billing.reservation.reservationLength'."));
    }

    @Test
    void wrongListElementAndMapValueNameWhere() {
        assertThat(translator.translate(failure(() -> MAPPER.readValue("{\"tags\":[\"a\",{}]}", CreateEip.class))))
                .isEqualTo(inappropriate(" Check field 'tags[1]'."));
        assertThat(translator.translate(failure(() -> MAPPER.readValue("{\"meta\":{\"size\":\"big\"}}",
                CreateEip.class)))).isEqualTo(inappropriate(" Check field 'meta.size'."));
    }

    @Test
    void numberOutOfRangeNamesTheField() {
        Throwable failure = failure(() -> MAPPER.readValue("{\"b\":1000}", Small.class));

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
        assertThat(translator.translate(failure(() -> MAPPER.readValue("{\"" + "n".repeat(60_000) + "\":1}",
                CreateEip.class)))).isEqualTo(MALFORMED_JSON);
    }

    @Test
    void brokenSerializerDefinitionIsInternalError() {
        ObjectMapper strict = JsonMapper.builder().enable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
        Throwable failure = failure(() -> strict.writeValueAsString(new Empty()));

        assertThat(failure).isInstanceOf(InvalidDefinitionException.class);
        assertThat(translator.translate(failure)).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void failureWhileWritingAResponseIsInternalError() {
        assertThat(translator.translate(failure(() -> MAPPER.writeValueAsString(new BrokenGetter()))))
                .isEqualTo(INTERNAL_ERROR);
    }
}
