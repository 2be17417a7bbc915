package io.bcekit.core.catalogue;

import io.bcekit.core.ErrorCatalogue;
import java.util.List;

/** The catalogues bcekit ships: the four from the BCE seed, then bcekit's extensions (HTTP statuses, idempotency). */
public final class Catalogues {

    public static final ErrorCatalogue GLOBAL = seed("Global", GlobalErrors.values());
    public static final ErrorCatalogue EIP = seed("EIP", EipErrors.values());
    public static final ErrorCatalogue EIP_GROUP = seed("EIPGROUP", EipGroupErrors.values());
    public static final ErrorCatalogue BANDWIDTH_PACKAGE = seed("BandwidthPackage", BandwidthPackageErrors.values());
    public static final ErrorCatalogue HTTP_EXTENSION =
            new ErrorCatalogue("bcekit-http", false, List.of(HttpStatusErrors.values()));
    public static final ErrorCatalogue IDEMPOTENCY_EXTENSION =
            new ErrorCatalogue("bcekit-idempotency", false, List.of(IdempotencyErrors.values()));

    /** The seed's catalogues followed by the extensions, in documentation order. */
    public static final List<ErrorCatalogue> ALL =
            List.of(GLOBAL, EIP, EIP_GROUP, BANDWIDTH_PACKAGE, HTTP_EXTENSION, IDEMPOTENCY_EXTENSION);

    private Catalogues() {
    }

    private static ErrorCatalogue seed(String service, io.bcekit.core.ErrorCode[] entries) {
        return new ErrorCatalogue(service, true, List.of(entries));
    }
}
