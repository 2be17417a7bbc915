package io.bcekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.bcekit.core.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The envelope writer produces, byte for byte, what Jackson's UTF-8 generator writes for the same
 * three fields once lone surrogates are replaced (the way envelopes were written before it).
 */
class EnvelopeJsonWriterTest {

    private static final JsonFactory JACKSON = new JsonFactory();
    private static final int SAMPLES = Samples.of(5_000);

    @Test
    void everyCharacterAloneIsWrittenAsJacksonWritesIt() throws IOException {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "z";
            assertSameAsJackson("r", "C", text);
        }
    }

    @Test
    void surrogatesInEveryArrangementAreWrittenAsJacksonWritesThem() throws IOException {
        String[] texts = {"\uD83D\uDE00", "\uD83D", "\uDE00", "\uDE00\uD83D", "x\uD83D", "\uD83D\uD83D\uDE00",
            "\uD83D\uDE00\uDE00", "\uDBFF\uDFFF", "\uD800\uDC00", "\uD83Dx\uDE00", ""};
        for (String text : texts) {
            assertSameAsJackson(text, text, text + "m");
        }
    }

    @Test
    void randomTextIsWrittenAsJacksonWritesIt() throws IOException {
        Random random = new Random(20240521L);
        for (int i = 0; i < SAMPLES; i++) {
            assertSameAsJackson(randomText(random), randomText(random), randomText(random));
        }
    }

    @Test
    void encodedLengthIsTheNumberOfBytesWritten() {
        Random random = new Random(3L);
        for (int i = 0; i < SAMPLES; i++) {
            String text = randomText(random);
            byte[] out = new byte[6 * text.length()];
            assertThat(EnvelopeJsonWriter.encode(text, out, 0)).isEqualTo(EnvelopeJsonWriter.encodedLength(text));
        }
    }

    private static void assertSameAsJackson(String requestId, String code, String message) throws IOException {
        assertThat(EnvelopeJsonWriter.write(requestId, code, message))
                .as("requestId=%s code=%s message=%s", escapeForReport(requestId), escapeForReport(code),
                        escapeForReport(message))
                .isEqualTo(jackson(requestId, code, message));
    }

    /** The previous writer: Jackson's generator over texts with lone surrogates replaced. */
    private static byte[] jackson(String requestId, String code, String message) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JACKSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("requestId", wellFormed(requestId));
            json.writeStringField("code", wellFormed(code));
            json.writeStringField("message", wellFormed(message));
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static String wellFormed(String text) {
        StringBuilder fixed = new StringBuilder();
        text.codePoints().forEach(cp -> fixed.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp));
        return fixed.toString();
    }

    /** 0 to 30 characters: ASCII with controls, escapes, the BMP, pairs and lone surrogates. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(31);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x80));
                case 1 -> text.append("\"\\/\b\f\n\r\t\u007F\u0080\u07FF\u0800\u2028\u2019\uFFFF".charAt(random.nextInt(15)));
                case 2 -> text.append((char) (0x80 + random.nextInt(0x10000 - 0x80)));
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x110000 - 0x10000));
                case 4 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private static String escapeForReport(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return out.toString();
    }
}
