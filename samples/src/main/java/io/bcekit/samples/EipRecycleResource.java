package io.bcekit.samples;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * The EIP recycle bin of {@code EipClient}: EIPs released with {@code releaseToRecycle=true} wait
 * here (seven days, as {@code scheduledDeleteTime} says; the sample never empties it by itself)
 * to be restored or released for good.
 */
@Path("/v1/eip/recycle")
@Produces(SampleApplication.JSON_UTF8)
public class EipRecycleResource {

    private final Cloud cloud;

    EipRecycleResource(Cloud cloud) {
        this.cloud = cloud;
    }

    @GET
    public Map<String, Object> listRecycled(@Context SecurityContext security, @QueryParam("marker") String marker,
            @QueryParam("maxKeys") Integer maxKeys, @QueryParam("eip") String address, @QueryParam("name") String name) {
        Account account = cloud.caller(security);
        synchronized (account) {
            List<Eip> found = account.recycleBin.values().stream()
                    .filter(eip -> address == null || eip.address.equals(address))
                    .filter(eip -> name == null || eip.name.equals(name)).toList();
            return ListPage.of(found, eip -> eip.address, marker, maxKeys, "eipList", EipJson.RecycledEipView::of);
        }
    }

    @DELETE
    @Path("{eip}")
    public Response releaseFromRecycle(@Context SecurityContext security, @PathParam("eip") String address) {
        Account account = cloud.caller(security);
        synchronized (account) {
            account.recycled(address);
            account.recycleBin.remove(address);
            return Response.ok("{}").build();
        }
    }

    /** {@code restoreEipFromRecycle}: back to the account's EIPs, within the quota. */
    @PUT
    @Path("{eip}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restore(@Context SecurityContext security, @Context UriInfo uri, @PathParam("eip") String address) {
        Account account = cloud.caller(security);
        if (!uri.getQueryParameters().containsKey("restore")) {
            throw new BceException(GlobalErrors.INVALID_URI);
        }
        synchronized (account) {
            Eip eip = account.recycled(address);
            account.requireEipQuota(1);
            account.recycleBin.remove(address);
            eip.recycleTime = null;
            eip.changed();
            account.eips.put(address, eip);
            return Response.ok("{}").build();
        }
    }
}
