package io.bcekit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedRequestTest {

    @Test
    void headerNamesAreMatchedInAnyCaseAndValuesKeptInOrder() {
        SignedRequest request = SignedRequest.builder("GET", "/v1/eip")
                .header("X-Bce-Date", "a").header("x-bce-date ", "b").header("Host", "h").build();

        assertThat(request.headerValues("X-BCE-DATE")).containsExactly("a", "b");
        assertThat(request.headers()).containsOnlyKeys("x-bce-date", "host");
        assertThat(request.headerValues("absent")).isEmpty();
    }

    @Test
    void ofTakesAHeaderMapInAnyCase() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("eip.bj.baidubce.com"));
        headers.put("CONTENT-TYPE", List.of("application/json"));

        SignedRequest request = SignedRequest.of("PUT", "/v1/eip/1.2.3.4", "bind", headers);

        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.rawPath()).isEqualTo("/v1/eip/1.2.3.4");
        assertThat(request.rawQuery()).hasValue("bind");
        assertThat(request.headerValues("content-type")).containsExactly("application/json");
    }

    @Test
    void everySpellingOfANameMeetsUnderOneKey() {
        SignedRequest request = SignedRequest.builder("GET", "/")
                .header("Content-Type", "a").header("content-type", "b").header("CONTENT-TYPE", "c")
                .header("  Content-Type\t", "d").header("cOnTeNt-TyPe ", "e").header("Content-Type", "f")
                .header("X-Bce-Date", "g").header("x-bce-date", "h").header("Host", "i").build();

        assertThat(request.headers()).containsOnlyKeys("content-type", "x-bce-date", "host");
        assertThat(request.headerValues("Content-Type")).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(request.headerValues(" CONTENT-TYPE ")).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(request.headerValues("x-bce-date")).containsExactly("g", "h");
        assertThat(request.headerValues("host")).containsExactly("i");
    }

    @Test
    void namesAreLowerCasedByTheRootLocaleOnly() {
        // Keys are exactly trim().toLowerCase(ROOT): 'ſ' (long s) stays itself although it equals "s" ignoring
        // case, and the Kelvin sign becomes 'k'; no shortcut may fold more or less than that.
        SignedRequest request = SignedRequest.builder("GET", "/")
                .header("HOſT", "a").header("\u212Aey", "b").header("Hosť", "c").build();

        assertThat(request.headers()).containsOnlyKeys("hoſt", "key", "hosť");
        assertThat(request.headerValues("host")).isEmpty();
    }

    @Test
    void builderUsedAgainAfterBuildLeavesTheFirstRequestAlone() {
        SignedRequest.Builder builder = SignedRequest.builder("GET", "/").header("Host", "a").header("Accept", "1");
        SignedRequest first = builder.build();
        builder.header("host", "b").header("Accept", "2").header("x-bce-date", "d");
        SignedRequest second = builder.build();
        builder.header("Accept", "3");

        assertThat(first.headers()).containsOnlyKeys("host", "accept");
        assertThat(first.headerValues("host")).containsExactly("a");
        assertThat(first.headerValues("accept")).containsExactly("1");
        assertThat(second.headerValues("host")).containsExactly("a", "b");
        assertThat(second.headerValues("accept")).containsExactly("1", "2");
        assertThat(builder.build().headerValues("accept")).containsExactly("1", "2", "3");
        assertThatThrownBy(() -> second.headerValues("accept").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyQueryIsNoQuery() {
        assertThat(SignedRequest.builder("GET", "/").query("").build().rawQuery()).isEmpty();
        assertThat(SignedRequest.builder("GET", "/").query(null).build().rawQuery()).isEmpty();
    }

    @Test
    void isImmutable() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> hosts = new ArrayList<>(List.of("a"));
        headers.put("Host", hosts);
        SignedRequest request = SignedRequest.of("GET", "/", null, headers);
        hosts.add("b");
        headers.put("x-bce-later", List.of("c"));

        assertThat(request.headerValues("host")).containsExactly("a");
        assertThat(request.headers()).containsOnlyKeys("host");
        assertThatThrownBy(() -> request.headers().put("x", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.headerValues("host").add("c"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void headerNameThatTrimsToNothingIsDropped() {
        assertThat(SignedRequest.builder("GET", "/").header(" \0 ", "x").build().headers()).isEmpty();
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatNullPointerException().isThrownBy(() -> SignedRequest.builder(null, "/")).withMessage("method");
        assertThatNullPointerException().isThrownBy(() -> SignedRequest.builder("GET", null)).withMessage("rawPath");
        assertThatNullPointerException().isThrownBy(() -> SignedRequest.builder("GET", "/").header(null, "v"))
                .withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> SignedRequest.builder("GET", "/").header("n", null))
                .withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> SignedRequest.builder("GET", "/").headers(null))
                .withMessage("headers");
        assertThatIllegalArgumentException().isThrownBy(() -> SignedRequest.builder("", "/"));
    }
}
