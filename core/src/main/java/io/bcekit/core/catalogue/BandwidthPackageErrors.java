package io.bcekit.core.catalogue;

import io.bcekit.core.ErrorCode;

/**
 * The seed's "Bandwidth package service error code" table: texts are wire contract, character for
 * character (including the code {@code ResourceNotExit}).
 */
public enum BandwidthPackageErrors implements ErrorCode {
    TYPE_NOT_MATCH_ERROR("TypeNotMatchError", 400,
            "The bandwidth-packet's binding type is not match the instance type."),
    BANDWIDTH_OVERRUN("BandwidthOverrun", 400,
            "The sum of bandwidth-packet and bandwidth of the bound bandwidth exceed the limit."),
    INSTANCE_PRODUCT_PAY_TYPE_ERROR("InstanceProductPayTypeError", 400,
            "Bandwidth-packet bound resource payment method only supports prepaid."),
    RESOURCE_NOT_EXIT("ResourceNotExit", 400,
            "The resource or instance of the bandwidth-packet is not exist or has been deleted."),
    REPEAT_BINDING_ERROR("RepeatBindingError", 400, "The bandwidth-packet is being repeated bound."),
    TIME_FORMAT_ILLEGAL("TimeFormatIllegal", 400, "Time format is illegal."),
    TIME_UNREASONABLE_ERROR("TimeUnreasonableError", 400, "Time is not allowed.");

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    BandwidthPackageErrors(String code, int httpStatus, String defaultMessage) {
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
