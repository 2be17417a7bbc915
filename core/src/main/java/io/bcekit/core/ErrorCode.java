package io.bcekit.core;

/**
 * One entry of an error catalogue: the wire code, its HTTP status and its default message.
 *
 * <p>The seed catalogues in {@link io.bcekit.core.catalogue} implement it as enums; a service adds
 * its own codes the same way (an enum implementing this interface) and the library treats them
 * exactly like seed codes. {@link ErrorCatalogue#of(String, Class)} checks a definition.
 */
public interface ErrorCode {

    /** The wire code, e.g. {@code EipNotFound}: a plain identifier. */
    String code();

    /** The HTTP status sent with this code, 400 to 599. */
    int httpStatus();

    /** The message sent when a throw gives none: never null or blank. */
    String defaultMessage();
}
