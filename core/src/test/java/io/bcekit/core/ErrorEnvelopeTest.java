package io.bcekit.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorEnvelopeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void seedExampleIsWrittenAsCompactUtf8Json() {
        ErrorEnvelope envelope = new ErrorEnvelope("ae2225f7-1c2e-427a-a1ad-5413b762957d", "EipNotFound",
                "The specified eip does not exist.");

        assertThat(envelope.toJson()).isEqualTo(("{\"requestId\":\"ae2225f7-1c2e-427a-a1ad-5413b762957d\","
                + "\"code\":\"EipNotFound\",\"message\":\"The specified eip does not exist.\"}").getBytes(UTF_8));
    }

    @Test
    void typographicApostropheIsWrittenAsRawUtf8() {
        byte[] json = new ErrorEnvelope("r", "PreconditionFailed", "doesn\u2019t").toJson();

        assertThat(json).isEqualTo(new byte[] {
            '{', '"', 'r', 'e', 'q', 'u', 'e', 's', 't', 'I', 'd', '"', ':', '"', 'r', '"', ',',
            '"', 'c', 'o', 'd', 'e', '"', ':', '"', 'P', 'r', 'e', 'c', 'o', 'n', 'd', 'i', 't', 'i', 'o', 'n',
            'F', 'a', 'i', 'l', 'e', 'd', '"', ',', '"', 'm', 'e', 's', 's', 'a', 'g', 'e', '"', ':', '"',
            'd', 'o', 'e', 's', 'n', (byte) 0xE2, (byte) 0x80, (byte) 0x99, 't', '"', '}'});
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() throws IOException {
        String message = "say \"hi\" \\ path\nnext\u0000nul\u001funit\ttab";
        byte[] json = new ErrorEnvelope("r", "C", message).toJson();

        assertThat(new String(json, UTF_8)).isEqualTo("{\"requestId\":\"r\",\"code\":\"C\",\"message\":"
                + "\"say \\\"hi\\\" \\\\ path\\nnext\\u0000nul\\u001Funit\\ttab\"}");
        assertThat(MAPPER.readTree(json).get("message").textValue()).isEqualTo(message);
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() throws IOException {
        byte[] json = new ErrorEnvelope("r", "C", "high\uD800 low\uDC00 end\uD83D").toJson();

        assertThat(MAPPER.readTree(json).get("message").textValue())
                .isEqualTo("high\uFFFD low\uFFFD end\uFFFD");
    }

    @Test
    void supplementaryCharactersAreWrittenAsEscapedSurrogatePairs() throws IOException {
        byte[] json = new ErrorEnvelope("r", "C", "\uD83D\uDE00").toJson();

        assertThat(new String(json, UTF_8))
                .isEqualTo("{\"requestId\":\"r\",\"code\":\"C\",\"message\":\"\\uD83D\\uDE00\"}");
        assertThat(MAPPER.readTree(json).get("message").textValue()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void constructorRejectsNullFields() {
        assertThatNullPointerException().isThrownBy(() -> new ErrorEnvelope(null, "C", "m")).withMessage("requestId");
        assertThatNullPointerException().isThrownBy(() -> new ErrorEnvelope("r", null, "m")).withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> new ErrorEnvelope("r", "C", null)).withMessage("message");
    }

    @Test
    void constructorRejectsAnEmptyMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ErrorEnvelope("r", "C", ""))
                .withMessage("An error envelope needs a message");
    }

    @Test
    void wireFieldsComeInEnvelopeOrder() throws IOException {
        JsonNode tree = MAPPER.readTree(new ErrorEnvelope("r", "C", "m").toJson());

        assertThat(tree.fieldNames()).toIterable().containsExactly("requestId", "code", "message");
    }
}
