package io.bcekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Statuses a container produces without an exception ({@code sendError}, unmatched routes, …). */
class FailureTranslatorStatusTest {

    private final FailureTranslator translator = FailureTranslator.defaults();

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        "400, InvalidHTTPRequest,    400",
        "401, Unauthorized,          401",
        "403, AccessDenied,          403",
        "404, InvalidURI,            400",
        "405, MethodNotAllowed,      405",
        "406, NotAcceptable,         406",
        "408, RequestTimeout,        408",
        "411, MissingContentLength,  411",
        "412, PreconditionFailed,    412",
        "413, EntityTooLarge,        413",
        "414, RequestURITooLong,     414",
        "415, InvalidHTTPRequest,    400",
        "416, InvalidRange,          416",
        "429, TooManyRequests,       429",
        "431, RequestHeaderTooLarge, 431",
        "500, InternalError,         500",
        "501, NotImplemented,        501",
        "503, ServiceUnavailable,    503",
        "418, InvalidHTTPRequest,    400",
        "599, InternalError,         500",
    })
    void statusTranslatesToItsCode(int status, String code, int responseStatus) {
        BceError error = translator.translateStatus(status);

        assertThat(error.errorCode().code()).isEqualTo(code);
        assertThat(error.httpStatus()).isEqualTo(responseStatus);
        assertThat(error.message()).isEqualTo(error.errorCode().defaultMessage());
        assertThat(error.headers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 399, 600})
    void nonErrorStatusCannotBeMapped(int status) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FailureTranslator.builder().mapStatus(status, GlobalErrors.INVALID_URI))
                .withMessage("Only error statuses (400-599) can be mapped, not " + status);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 599})
    void mappedStatusOverridesTheDefault(int status) {
        FailureTranslator custom = FailureTranslator.builder().mapStatus(status, EipErrors.EIP_NOT_FOUND).build();

        assertThat(custom.translateStatus(status)).isEqualTo(BceError.of(EipErrors.EIP_NOT_FOUND));
        assertThat(translator.translateStatus(status).errorCode()).isNotSameAs(EipErrors.EIP_NOT_FOUND);
    }
}
