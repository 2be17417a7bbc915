package io.bcekit.core.catalogue;

import io.bcekit.core.ErrorCode;

/** The seed's "EIP service error code" table: texts are wire contract, character for character. */
public enum EipErrors implements ErrorCode {
    INSTANCE_NOT_FOUND("InstanceNotFound", 404, "The specified instance does not exist."),
    EIP_NOT_FOUND("EipNotFound", 404, "The specified eip does not exist."),
    INSTANCE_ALREADY_BIND("InstanceAlreadyBind", 400, "The specified instance is already binded."),
    UNSUPPORTED_EIP_OPERATION("UnsupportedEipOperation", 400,
            "The status of specified eip does not support this operation."),
    REAL_NAME_QUALIFY("RealNameQualify", 403, "The login user is not pass real name qualify"),
    EXCEED_LIMIT("ExceedLimit", 413, "The amount of eip exceed limit"),
    PREPAY_EIP("PrepayEip", 400, "The specified eip is prepay"),
    PAY_FAILED("PayFailed", 400, "Pay failed when create EIP");

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    EipErrors(String code, int httpStatus, String defaultMessage) {
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
