package io.bcekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class RequestSummaryTest {

    @Test
    void logLineIsMethodAndTarget() {
        assertThat(new RequestSummary("id", "GET", "/v1/eip/1.2.3.4").logLine()).isEqualTo("GET /v1/eip/1.2.3.4");
    }

    @Test
    void logLineCutsAHugeMethodAndTarget() {
        String line = new RequestSummary("id", "X".repeat(8000), "/" + "a".repeat(70_000)).logLine();

        assertThat(line).isEqualTo("X".repeat(32) + "... /" + "a".repeat(255) + "...");
    }

    @Test
    void logLineKeepsTextAtTheLimitWhole() {
        String line = new RequestSummary("id", "M".repeat(32), "/" + "b".repeat(255)).logLine();

        assertThat(line).isEqualTo("M".repeat(32) + " /" + "b".repeat(255));
    }

    @Test
    void logLineShowsOnlyPrintableAscii() {
        String line = new RequestSummary("id", "G\u0000T", "/a\r\nb\u00e9\u2028\u007f~").logLine();

        assertThat(line).isEqualTo("G?T /a??b???~");
    }

    @Test
    void missingMethodOrTargetIsEmpty() {
        RequestSummary summary = new RequestSummary("id", null, null);

        assertThat(summary.logLine()).isEqualTo(" ");
        assertThat(summary.isHead()).isFalse();
    }

    @Test
    void onlyAnUpperCaseHeadIsHead() {
        assertThat(new RequestSummary("id", "HEAD", "/").isHead()).isTrue();
        assertThat(new RequestSummary("id", "head", "/").isHead()).isFalse();
        assertThat(new RequestSummary("id", "GET", "/").isHead()).isFalse();
    }

    @Test
    void requestIdIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new RequestSummary(null, "GET", "/")).withMessage("requestId");
    }

    @Test
    void methodOfOnlyControlCharactersIsReplaced() {
        assertThat(new RequestSummary("id", "\n\t", "").logLine()).isEqualTo("?? ");
    }

    @Test
    void methodOfOnlyNonAsciiCharactersIsReplaced() {
        assertThat(new RequestSummary("id", "\u00e9\u00e8", "").logLine()).isEqualTo("?? ");
    }

    @Test
    void controlCharacterInTheMethodAloneIsReplaced() {
        assertThat(new RequestSummary("id", "G\rT", "/v1/eip").logLine()).isEqualTo("G?T /v1/eip");
    }

    @Test
    void controlCharacterInTheTargetAloneIsReplaced() {
        assertThat(new RequestSummary("id", "GET", "/v1\n").logLine()).isEqualTo("GET /v1?");
    }

    @Test
    void deleteIsReplacedAndSpaceKept() {
        assertThat(new RequestSummary("id", "GET", "/a b\u007Fc").logLine()).isEqualTo("GET /a b?c");
    }

    @Test
    void methodOfExactlyTheBoundIsNotMarkedCutWhenTheTargetNeedsReplacing() {
        assertThat(new RequestSummary("id", "M".repeat(32), "/\u0000").logLine()).isEqualTo("M".repeat(32) + " /?");
    }
}
