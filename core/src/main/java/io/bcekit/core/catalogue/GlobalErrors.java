package io.bcekit.core.catalogue;

import io.bcekit.core.ErrorCode;

/** The seed's "BCE global error codes": texts are wire contract, character for character. */
public enum GlobalErrors implements ErrorCode {
    ACCESS_DENIED("AccessDenied", 403, "Access denied."),
    INAPPROPRIATE_JSON("InappropriateJSON", 400,
            "The JSON you provided was well-formed and valid, but not appropriate for this operation."),
    INTERNAL_ERROR("InternalError", 500, "We encountered an internal error. Please try again."),
    INVALID_ACCESS_KEY_ID("InvalidAccessKeyId", 403,
            "The Access Key ID you provided does not exist in our records."),
    INVALID_HTTP_AUTH_HEADER("InvalidHTTPAuthHeader", 400,
            "The Access Key ID you provided does not exist in our records."),
    INVALID_HTTP_REQUEST("InvalidHTTPRequest", 400, "There was an error in the body of your HTTP request."),
    INVALID_URI("InvalidURI", 400, "Could not parse the specified URI."),
    MALFORMED_JSON("MalformedJSON", 400, "The JSON you provided was not well-formed."),
    INVALID_VERSION("InvalidVersion", 404, "The API version specified was invalid."),
    OPT_IN_REQUIRED("OptInRequired", 403, "A subscription for the service is required."),
    PRECONDITION_FAILED("PreconditionFailed", 412,
            "The specified If-Match header doesn\u2019t match the ETag header."),
    /** Its message holds a {@code <Data>} placeholder: see {@link io.bcekit.core.BceException#requestExpired}. */
    REQUEST_EXPIRED("RequestExpired", 400, "Request has expired. Timestamp date is <Data> ."),
    IDEMPOTENT_PARAMETER_MISMATCH("IdempotentParameterMismatch", 403,
            "The request uses the same client token as a previous, but non-identical request."),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 400,
            "The request signature we calculated does not match the signature you provided. Check your Secret "
                    + "Access Key and signing method. Consult the service documentation for details.");

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    GlobalErrors(String code, int httpStatus, String defaultMessage) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String defaultMessage() {
        return defaultMessage;
    }
}
