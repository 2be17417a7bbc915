package io.bcekit.tomcat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RejectedUriTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v1/eip/%zz", "/v1/eip/%", "/v1/eip/%4", "/v1/eip/%00", "/a%2Fb", "/a%2fb", "/a%5Cb",
            "/../x", "/a/./b", "/a/%2e%2E/b", "/a/..", "/a/.?x=1"})
    void targetTomcatRefusesIsRejected(String target) {
        assertThat(RejectedUri.isRejected(target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/eip/1.2.3.4", "/v1/eip/%25", "/v1/eip/a%20b", "/a/...", "/a/.b", "/x?path=../y", "/", ""})
    void targetTomcatDecodesIsNot(String target) {
        assertThat(RejectedUri.isRejected(target)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void noTargetIsNot() {
        assertThat(RejectedUri.isRejected(null)).isFalse();
    }
}
