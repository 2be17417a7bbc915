package io.bcekit.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.ErrorCode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Constant names are public API (design.md, "Public names"): the code in UPPER_SNAKE_CASE. */
class EnumConstantNamesTest {

    @Test
    void globalErrorConstantsHaveTheDesignedNames() {
        assertThat(namesByCode(GlobalErrors.values())).containsExactly(
                Map.entry("AccessDenied", "ACCESS_DENIED"),
                Map.entry("InappropriateJSON", "INAPPROPRIATE_JSON"),
                Map.entry("InternalError", "INTERNAL_ERROR"),
                Map.entry("InvalidAccessKeyId", "INVALID_ACCESS_KEY_ID"),
                Map.entry("InvalidHTTPAuthHeader", "INVALID_HTTP_AUTH_HEADER"),
                Map.entry("InvalidHTTPRequest", "INVALID_HTTP_REQUEST"),
                Map.entry("InvalidURI", "INVALID_URI"),
                Map.entry("MalformedJSON", "MALFORMED_JSON"),
                Map.entry("InvalidVersion", "INVALID_VERSION"),
                Map.entry("OptInRequired", "OPT_IN_REQUIRED"),
                Map.entry("PreconditionFailed", "PRECONDITION_FAILED"),
                Map.entry("RequestExpired", "REQUEST_EXPIRED"),
                Map.entry("IdempotentParameterMismatch", "IDEMPOTENT_PARAMETER_MISMATCH"),
                Map.entry("SignatureDoesNotMatch", "SIGNATURE_DOES_NOT_MATCH"));
    }

    @Test
    void eipErrorConstantsHaveTheDesignedNames() {
        assertThat(namesByCode(EipErrors.values())).containsExactly(
                Map.entry("InstanceNotFound", "INSTANCE_NOT_FOUND"),
                Map.entry("EipNotFound", "EIP_NOT_FOUND"),
                Map.entry("InstanceAlreadyBind", "INSTANCE_ALREADY_BIND"),
                Map.entry("UnsupportedEipOperation", "UNSUPPORTED_EIP_OPERATION"),
                Map.entry("RealNameQualify", "REAL_NAME_QUALIFY"),
                Map.entry("ExceedLimit", "EXCEED_LIMIT"),
                Map.entry("PrepayEip", "PREPAY_EIP"),
                Map.entry("PayFailed", "PAY_FAILED"));
    }

    @Test
    void eipGroupErrorConstantsHaveTheDesignedNames() {
        assertThat(namesByCode(EipGroupErrors.values())).containsExactly(
                Map.entry("InstanceNotFound", "INSTANCE_NOT_FOUND"),
                Map.entry("UnsupportedInstanceOperation", "UNSUPPORTED_INSTANCE_OPERATION"),
                Map.entry("RealNameQualify", "REAL_NAME_QUALIFY"),
                Map.entry("ExceedEIPGroupLimit", "EXCEED_EIP_GROUP_LIMIT"),
                Map.entry("EIPGroupPayFailed", "EIP_GROUP_PAY_FAILED"),
                Map.entry("ExceedEIPLimitInGroup", "EXCEED_EIP_LIMIT_IN_GROUP"));
    }

    @Test
    void bandwidthPackageErrorConstantsHaveTheDesignedNames() {
        assertThat(namesByCode(BandwidthPackageErrors.values())).containsExactly(
                Map.entry("TypeNotMatchError", "TYPE_NOT_MATCH_ERROR"),
                Map.entry("BandwidthOverrun", "BANDWIDTH_OVERRUN"),
                Map.entry("InstanceProductPayTypeError", "INSTANCE_PRODUCT_PAY_TYPE_ERROR"),
                Map.entry("ResourceNotExit", "RESOURCE_NOT_EXIT"),
                Map.entry("RepeatBindingError", "REPEAT_BINDING_ERROR"),
                Map.entry("TimeFormatIllegal", "TIME_FORMAT_ILLEGAL"),
                Map.entry("TimeUnreasonableError", "TIME_UNREASONABLE_ERROR"));
    }

    private static <E extends Enum<E> & ErrorCode> Map<String, String> namesByCode(E[] constants) {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(constants).forEach(c -> names.put(c.code(), c.name()));
        return names;
    }
}
