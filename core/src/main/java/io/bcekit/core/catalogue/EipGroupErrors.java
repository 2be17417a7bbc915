package io.bcekit.core.catalogue;

import io.bcekit.core.ErrorCode;

/** The seed's "EIPGROUP service error code" table: texts are wire contract, character for character. */
public enum EipGroupErrors implements ErrorCode {
    INSTANCE_NOT_FOUND("InstanceNotFound", 404, "The specified instance does not exist."),
    UNSUPPORTED_INSTANCE_OPERATION("UnsupportedInstanceOperation", 400,
            "The status of specified instance does not support this operation."),
    /** Unlike {@link EipErrors#REAL_NAME_QUALIFY}, the seed ends this text with a period. */
    REAL_NAME_QUALIFY("RealNameQualify", 403, "The login user is not pass real name qualify."),
    EXCEED_EIP_GROUP_LIMIT("ExceedEIPGroupLimit", 413, "The amount of eip group exceed limit."),
    EIP_GROUP_PAY_FAILED("EIPGroupPayFailed", 400, "Pay failed when create eip group."),
    EXCEED_EIP_LIMIT_IN_GROUP("ExceedEIPLimitInGroup", 400, "The amount of eip exceed the group bandwidth limit");

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    EipGroupErrors(String code, int httpStatus, String defaultMessage) {
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
