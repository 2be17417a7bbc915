package io.bcekit.benchmarks.load;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.EipErrors;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The JAX-RS twin of {@link EipServlet}: {@code GET /v1/eip/{ip}}, serialised by Jackson. Without
 * bcekit a miss is the JAX-RS idiom, {@code NotFoundException}; with it, {@code EipNotFound}.
 */
public abstract class EipResource {

    @GET
    @Path("{ip}")
    @Produces(MediaType.APPLICATION_JSON)
    public Eip get(@PathParam("ip") String ip) {
        if (!ip.equals(LoadServer.KNOWN_EIP)) {
            throw notFound();
        }
        return LoadServer.EIP;
    }

    abstract RuntimeException notFound();

    /** Without bcekit. */
    @Path("v1/eip")
    @Singleton
    public static final class Plain extends EipResource {
        @Override
        RuntimeException notFound() {
            return new NotFoundException(EipErrors.EIP_NOT_FOUND.defaultMessage());
        }
    }

    /** With bcekit. */
    @Path("v1/eip")
    @Singleton
    public static final class WithBcekit extends EipResource {
        @Override
        RuntimeException notFound() {
            return new BceException(EipErrors.EIP_NOT_FOUND);
        }
    }
}
