package io.bcekit.core.requestid;

/** Makes a fresh request id. The hook for services with their own id scheme. */
@FunctionalInterface
public interface RequestIdGenerator {

    /** A new id: at most 64 characters of {@code [A-Za-z0-9._-]}, unique for practical purposes. */
    String newRequestId();
}
