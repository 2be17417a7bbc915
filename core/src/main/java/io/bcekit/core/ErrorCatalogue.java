package io.bcekit.core;

import java.util.List;
import java.util.Objects;

/**
 * A named, checked set of error codes: one service's catalogue.
 *
 * <p>Construction fails fast with an {@link IllegalArgumentException} naming the problem: a code
 * that is not a plain identifier, a status outside 400–599, an empty message, or two different
 * entries with one code.
 *
 * @param service the catalogue's name, e.g. {@code EIP}
 * @param seed whether the entries come from the BCE seed document (wire contract) or are our own
 * @param entries the codes, in catalogue order
 */
public record ErrorCatalogue(String service, boolean seed, List<ErrorCode> entries) {

    public ErrorCatalogue {
        Objects.requireNonNull(service, "service");
        if (service.isBlank()) {
            throw new IllegalArgumentException("A catalogue needs a service name");
        }
        entries = List.copyOf(entries);
        ErrorCodeRules.requireUnique(service, entries);
    }

    /** A service's own catalogue from its enum of codes. */
    public static <E extends Enum<E> & ErrorCode> ErrorCatalogue of(String service, Class<E> codes) {
        Objects.requireNonNull(codes, "codes");
        return new ErrorCatalogue(service, false, List.of(codes.getEnumConstants()));
    }
}
