package io.bcekit.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiVersionsTest {

    private final ApiVersions v1AndV2 = ApiVersions.of("v1", "v2");

    @Test
    void aPathNamingAnotherVersionIsRefusedWithOrWithoutItsLeadingSlash() {
        assertThat(v1AndV2.refuses("/v9/eip")).isTrue();
        assertThat(v1AndV2.refuses("v9/eip")).isTrue();
        assertThat(v1AndV2.refuses("/v3")).isTrue();
        assertThat(v1AndV2.refuses("/v9999/eip")).isTrue();
        assertThat(v1AndV2.refuses("/v0/")).isTrue();
    }

    @Test
    void servedVersionsAndPathsThatNameNoVersionPass() {
        assertThat(v1AndV2.refuses("/v1/eip")).isFalse();
        assertThat(v1AndV2.refuses("v2")).isFalse();
        assertThat(v1AndV2.refuses("/")).isFalse();
        assertThat(v1AndV2.refuses("")).isFalse();
        assertThat(v1AndV2.refuses("/v")).isFalse();
        assertThat(v1AndV2.refuses("/v10000/eip")).isFalse();
        assertThat(v1AndV2.refuses("/vx/eip")).isFalse();
        assertThat(v1AndV2.refuses("/v1x/eip")).isFalse();
        assertThat(v1AndV2.refuses("/V9/eip")).isFalse();
        assertThat(v1AndV2.refuses("/eip/v9")).isFalse();
        assertThat(v1AndV2.refuses("/v:/eip")).isFalse();
        assertThat(v1AndV2.refuses("/v//eip")).isFalse();
    }

    @Test
    void onlyThePartFromTheOffsetGivenIsRead() {
        assertThat(v1AndV2.refuses("/svc/v9/eip", 4)).isTrue();
        assertThat(v1AndV2.refuses("/svc/v1/eip", 4)).isFalse();
        assertThat(v1AndV2.refuses("/v9/v1", 3)).isFalse();
        assertThat(v1AndV2.refuses("/v1v9", 3)).isTrue();
        assertThat(v1AndV2.refuses("/svc", 4)).isFalse();
        assertThat(ApiVersions.ANY.refuses("/svc/v9/eip", 4)).isFalse();
    }

    @Test
    void anyRefusesNothing() {
        assertThat(ApiVersions.ANY.refuses("/v9/eip")).isFalse();
        assertThat(ApiVersions.of(List.of())).isSameAs(ApiVersions.ANY);
        assertThat(ApiVersions.parse(" , ")).isSameAs(ApiVersions.ANY);
        assertThat(ApiVersions.ANY.served()).isEmpty();
        assertThat(ApiVersions.ANY).hasToString("any");
    }

    @Test
    void aListIsReadTrimmedAndEqualsTheSameVersionsInAnyOrder() {
        ApiVersions parsed = ApiVersions.parse(" v2 ,v1,, ");

        assertThat(parsed).isEqualTo(v1AndV2).hasSameHashCodeAs(v1AndV2).isNotEqualTo(ApiVersions.of("v1"))
                .isNotEqualTo("v1,v2");
        assertThat(parsed.served()).containsExactly("v1", "v2");
        assertThat(parsed.hashCode()).isEqualTo(Set.of("v1", "v2").hashCode());
        assertThat(parsed).hasToString("v1,v2");
    }

    @Test
    void aVersionNotWrittenAsVAndOneToFourDigitsIsRejected() {
        for (String bad : new String[] {"1", "v", "V1", "v12345", "v1.0", "v-1", "version1", " v1"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> ApiVersions.of(bad))
                    .withMessage("Bad API version '" + bad + "'; use v and 1 to 4 digits, e.g. v1");
        }
        assertThat(ApiVersions.of("v1234").refuses("/v1234")).isFalse();
    }
}
