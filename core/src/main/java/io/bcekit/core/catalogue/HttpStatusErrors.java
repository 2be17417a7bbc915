package io.bcekit.core.catalogue;

import io.bcekit.core.ErrorCode;

/**
 * bcekit's own extension catalogue (not part of the BCE seed): every standard HTTP error status
 * the seed has no code for. Each keeps its status, so a deliberate 409 or 503 reaches a BCE client
 * as itself. The only statuses without an entry: 400, 403, 404, 412, 415 and 500 (the seed's codes
 * answer them) and those with no standard meaning (418, 510, unassigned numbers).
 */
public enum HttpStatusErrors implements ErrorCode {
    UNAUTHORIZED("Unauthorized", 401, "Authentication is required to access this resource."),
    PAYMENT_REQUIRED("PaymentRequired", 402, "Payment is required to access this resource."),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405, "The specified method is not allowed against this resource."),
    NOT_ACCEPTABLE("NotAcceptable", 406,
            "None of the media types in the Accept header can be produced for this resource."),
    PROXY_AUTHENTICATION_REQUIRED("ProxyAuthenticationRequired", 407, "Authentication with the proxy is required."),
    REQUEST_TIMEOUT("RequestTimeout", 408, "The request was not completed in time."),
    CONFLICT("Conflict", 409, "The request conflicts with the current state of the resource."),
    GONE("Gone", 410, "The requested resource is no longer available."),
    MISSING_CONTENT_LENGTH("MissingContentLength", 411, "You must provide the Content-Length HTTP header."),
    ENTITY_TOO_LARGE("EntityTooLarge", 413, "Your request body is too large."),
    REQUEST_URI_TOO_LONG("RequestURITooLong", 414, "The request URI is too long."),
    INVALID_RANGE("InvalidRange", 416, "The requested range cannot be satisfied."),
    EXPECTATION_FAILED("ExpectationFailed", 417, "The expectation in the Expect header cannot be met."),
    MISDIRECTED_REQUEST("MisdirectedRequest", 421, "The request was sent to a server that cannot answer it."),
    UNPROCESSABLE_ENTITY("UnprocessableEntity", 422, "The request was well-formed but could not be processed."),
    LOCKED("Locked", 423, "The resource is locked."),
    FAILED_DEPENDENCY("FailedDependency", 424, "The request failed because a request it depends on failed."),
    TOO_EARLY("TooEarly", 425, "The request might be replayed; send it again later."),
    UPGRADE_REQUIRED("UpgradeRequired", 426, "The request must be sent with another protocol."),
    PRECONDITION_REQUIRED("PreconditionRequired", 428, "The request must be conditional."),
    TOO_MANY_REQUESTS("TooManyRequests", 429, "Too many requests. Please slow down and try again later."),
    REQUEST_HEADER_TOO_LARGE("RequestHeaderTooLarge", 431, "The request headers are too large."),
    UNAVAILABLE_FOR_LEGAL_REASONS("UnavailableForLegalReasons", 451,
            "The resource is not available for legal reasons."),
    NOT_IMPLEMENTED("NotImplemented", 501, "The requested functionality is not implemented."),
    BAD_GATEWAY("BadGateway", 502, "The service received an invalid response from a server it depends on."),
    SERVICE_UNAVAILABLE("ServiceUnavailable", 503, "The service is temporarily unavailable. Please try again."),
    GATEWAY_TIMEOUT("GatewayTimeout", 504, "A server the service depends on did not answer in time."),
    HTTP_VERSION_NOT_SUPPORTED("HTTPVersionNotSupported", 505, "The HTTP version of the request is not supported."),
    VARIANT_ALSO_NEGOTIATES("VariantAlsoNegotiates", 506, "The service is not configured correctly."),
    INSUFFICIENT_STORAGE("InsufficientStorage", 507, "The service cannot store what the request needs."),
    LOOP_DETECTED("LoopDetected", 508, "The service detected an endless loop while processing the request."),
    NETWORK_AUTHENTICATION_REQUIRED("NetworkAuthenticationRequired", 511, "Network authentication is required.");

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    HttpStatusErrors(String code, int httpStatus, String defaultMessage) {
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
