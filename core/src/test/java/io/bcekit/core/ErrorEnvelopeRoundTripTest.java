package io.bcekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bcekit.core.testing.Samples;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property: any text survives toJson, read back by jackson-databind. */
class ErrorEnvelopeRoundTripTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SAMPLES = Samples.of(2_000);

    @Test
    void randomTextRoundTripsThroughJacksonDatabind() throws IOException {
        Random random = new Random(20240520L);
        for (int i = 0; i < SAMPLES; i++) {
            ErrorEnvelope envelope = new ErrorEnvelope(randomText(random, false), randomText(random, false),
                    randomText(random, false));
            byte[] json = envelope.toJson();

            assertStrictUtf8(json);
            JsonNode tree = MAPPER.readTree(json);
            assertThat(tree.fieldNames()).toIterable().containsExactly("requestId", "code", "message");
            assertThat(new ErrorEnvelope(tree.get("requestId").textValue(), tree.get("code").textValue(),
                    tree.get("message").textValue())).as("sample %d", i).isEqualTo(envelope);
        }
    }

    @Test
    void randomTextWithLoneSurrogatesRoundTripsWithReplacementCharacters() throws IOException {
        Random random = new Random(7L);
        for (int i = 0; i < SAMPLES; i++) {
            String message = randomText(random, true);
            byte[] json = new ErrorEnvelope("r", "C", message).toJson();

            assertStrictUtf8(json);
            assertThat(MAPPER.readTree(json).get("message").textValue()).as("sample %d", i)
                    .isEqualTo(replaceLoneSurrogates(message));
        }
    }

    /** 1 to 40 code points: ASCII (controls included), the rest of the BMP, supplementary planes. */
    private static String randomText(Random random, boolean loneSurrogates) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(loneSurrogates ? 5 : 4);
            switch (kind) {
                case 0 -> text.appendCodePoint(random.nextInt(0x80));
                case 1 -> text.appendCodePoint("\"\\/\b\f\n\r\t\u2028\u2029\u2019".charAt(random.nextInt(11)));
                case 2 -> text.appendCodePoint(bmpNonSurrogate(random));
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x110000 - 0x10000));
                default -> text.append((char) (0xD800 + random.nextInt(0x800)));
            }
        }
        return text.toString();
    }

    private static int bmpNonSurrogate(Random random) {
        int codePoint;
        do {
            codePoint = 0x80 + random.nextInt(0x10000 - 0x80);
        } while (codePoint >= 0xD800 && codePoint <= 0xDFFF);
        return codePoint;
    }

    /** Independent of the code under test: code points that are surrogates are unpaired ones. */
    private static String replaceLoneSurrogates(String text) {
        StringBuilder fixed = new StringBuilder();
        text.codePoints().forEach(cp -> fixed.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp));
        return fixed.toString();
    }

    private static void assertStrictUtf8(byte[] json) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json));
        } catch (CharacterCodingException e) {
            throw new AssertionError("Not valid UTF-8: " + e, e);
        }
    }
}
