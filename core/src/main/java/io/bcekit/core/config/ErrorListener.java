package io.bcekit.core.config;

/**
 * Told of every error answer, e.g. to count errors by code ({@code bcekit-micrometer}). Called once
 * per answered error, on the thread that answers, after the failure log and before the response
 * is written. It must be fast and thread-safe; what it throws is logged and never reaches the answer.
 * The default, {@link #NONE}, does nothing.
 */
@FunctionalInterface
public interface ErrorListener {

    /** Does nothing. */
    ErrorListener NONE = (code, status, adapter) -> {
    };

    /**
     * One error answered.
     *
     * @param code the error code sent, e.g. {@code EipNotFound}
     * @param status the HTTP status sent
     * @param adapter what answered: {@code servlet}, {@code jaxrs}, {@code jetty} or {@code tomcat}
     */
    void answered(String code, int status, String adapter);
}
