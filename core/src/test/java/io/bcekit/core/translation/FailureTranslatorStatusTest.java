package io.bcekit.core.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.bcekit.core.BceError;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Statuses a container produces without an exception ({@code sendError}, unmatched routes, …). */
class FailureTranslatorStatusTest {

    private final FailureTranslator translator = FailureTranslator.defaults();

    /** Every standard status keeps its own (the design's 404 and 415 excepted); one with no standard meaning falls back. */
    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        "400, InvalidHTTPRequest, 400",
        "401, Unauthorized, 401",
        "402, PaymentRequired, 402",
        "403, AccessDenied, 403",
        "404, InvalidURI, 400",
        "405, MethodNotAllowed, 405",
        "406, NotAcceptable, 406",
        "407, ProxyAuthenticationRequired, 407",
        "408, RequestTimeout, 408",
        "409, Conflict, 409",
        "410, Gone, 410",
        "411, MissingContentLength, 411",
        "412, PreconditionFailed, 412",
        "413, EntityTooLarge, 413",
        "414, RequestURITooLong, 414",
        "415, InvalidHTTPRequest, 400",
        "416, InvalidRange, 416",
        "417, ExpectationFailed, 417",
        "421, MisdirectedRequest, 421",
        "422, UnprocessableEntity, 422",
        "423, Locked, 423",
        "424, FailedDependency, 424",
        "425, TooEarly, 425",
        "426, UpgradeRequired, 426",
        "428, PreconditionRequired, 428",
        "429, TooManyRequests, 429",
        "431, RequestHeaderTooLarge, 431",
        "451, UnavailableForLegalReasons, 451",
        "500, InternalError, 500",
        "501, NotImplemented, 501",
        "502, BadGateway, 502",
        "503, ServiceUnavailable, 503",
        "504, GatewayTimeout, 504",
        "505, HTTPVersionNotSupported, 505",
        "506, VariantAlsoNegotiates, 506",
        "507, InsufficientStorage, 507",
        "508, LoopDetected, 508",
        "511, NetworkAuthenticationRequired, 511",
        "418, InvalidHTTPRequest, 400",
        "419, InvalidHTTPRequest, 400",
        "499, InvalidHTTPRequest, 400",
        "509, InternalError, 500",
        "510, InternalError, 500",
        "599, InternalError, 500",
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
