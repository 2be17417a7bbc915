package io.bcekit.core.catalogue;

import io.bcekit.core.ErrorCode;

/**
 * bcekit's own extension catalogue (not part of the BCE seed): HTTP conditions the seed has no
 * code for. Each keeps its HTTP status so clients and proxies still see the right class of error.
 */
public enum HttpStatusErrors implements ErrorCode {
    UNAUTHORIZED("Unauthorized", 401, "Authentication is required to access this resource."),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405, "The specified method is not allowed against this resource."),
    NOT_ACCEPTABLE("NotAcceptable", 406,
            "None of the media types in the Accept header can be produced for this resource."),
    REQUEST_TIMEOUT("RequestTimeout", 408, "The request was not completed in time."),
    MISSING_CONTENT_LENGTH("MissingContentLength", 411, "You must provide the Content-Length HTTP header."),
    ENTITY_TOO_LARGE("EntityTooLarge", 413, "Your request body is too large."),
    REQUEST_URI_TOO_LONG("RequestURITooLong", 414, "The request URI is too long."),
    INVALID_RANGE("InvalidRange", 416, "The requested range cannot be satisfied."),
    TOO_MANY_REQUESTS("TooManyRequests", 429, "Too many requests. Please slow down and try again later."),
    REQUEST_HEADER_TOO_LARGE("RequestHeaderTooLarge", 431, "The request headers are too large."),
    NOT_IMPLEMENTED("NotImplemented", 501, "The requested functionality is not implemented."),
    SERVICE_UNAVAILABLE("ServiceUnavailable", 503, "The service is temporarily unavailable. Please try again.");

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
