package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written parts that replace JDK classes on the hot path agree with the JDK. */
class Utf8AndTimestampTest {

    @Test
    void utf8ValidationAgreesWithTheJdksStrictDecoder() {
        Random random = new Random(3629L);
        for (int round = 0; round < Samples.of(50_000); round++) {
            byte[] bytes = new byte[1 + random.nextInt(5)];
            random.nextBytes(bytes);
            if (random.nextBoolean()) {
                bytes[0] = (byte) (0xC0 | random.nextInt(0x40)); // bias towards lead bytes
            }

            assertThat(Utf8.isValid(bytes, bytes.length)).as("bytes %s", Arrays.toString(bytes))
                    .isEqualTo(jdkAccepts(bytes));
        }
    }

    @Test
    void timestampParsingAgreesWithInstantParse() {
        Random random = new Random(2024L);
        for (int round = 0; round < Samples.of(20_000); round++) {
            // Any second from 1970 to 9999.
            Instant instant = Instant.ofEpochSecond(Math.floorMod(random.nextLong(), 253_402_300_800L));
            String text = AuthTimestamp.format(instant);

            assertThat(AuthTimestamp.parseEpochSecond(text, 0, text.length())).isEqualTo(instant.getEpochSecond());
        }
        assertThat(AuthTimestamp.parseEpochSecond("2024-05-20T08:30:00Z", 0, 20))
                .isEqualTo(Instant.parse("2024-05-20T08:30:00Z").getEpochSecond());
        assertThat(AuthTimestamp.parseEpochSecond("2100-02-29T00:00:00Z", 0, 20)).isEqualTo(AuthTimestamp.INVALID);
        assertThat(AuthTimestamp.parseEpochSecond("2000-02-29T00:00:00Z", 0, 20))
                .isEqualTo(Instant.parse("2000-02-29T00:00:00Z").getEpochSecond());
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
