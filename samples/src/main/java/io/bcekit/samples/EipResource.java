package io.bcekit.samples;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The EIP API of {@code EipClient}: create, list, get (with an ETag), resize, bind, unbind,
 * purchase reserved, convert to prepaid, delete protection, refund and release ({@link
 * EipRecycleResource} serves the recycle bin). Every failure is a thrown {@link BceException}.
 */
@Path("/v1/eip")
@Produces(SampleApplication.JSON_UTF8)
public class EipResource {

    private final Cloud cloud;

    EipResource(Cloud cloud) {
        this.cloud = cloud;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public EipJson.CreateResponse create(@Context SecurityContext security, byte[] body) throws IOException {
        Account account = cloud.caller(security);
        account.requireRealName(EipErrors.REAL_NAME_QUALIFY);
        EipJson.CreateRequest request = JsonBody.read(body, EipJson.CreateRequest.class);
        requireBandwidth(request.bandwidthInMbps());
        Billing billing = Billing.orDefault(request.billing());
        synchronized (account) {
            account.requireEipQuota(1);
            account.pay(billing.paymentTiming(), EipErrors.PAY_FAILED);
            String address = cloud.newIpv4();
            Eip eip = new Eip(address, cloud.newId("eip"), request.name() == null ? address : request.name(),
                    request.bandwidthInMbps(), billing.paymentTiming(), billing.billingMethod(), cloud.now(),
                    billing.expiry(cloud.now()));
            eip.deleteProtect = Boolean.TRUE.equals(request.deleteProtect());
            account.eips.put(address, eip);
            return new EipJson.CreateResponse(address);
        }
    }

    @GET
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("marker") String marker,
            @QueryParam("maxKeys") Integer maxKeys, @QueryParam("eip") String address,
            @QueryParam("instanceType") String instanceType, @QueryParam("instanceId") String instanceId,
            @QueryParam("name") String name, @QueryParam("status") String status) {
        Account account = cloud.caller(security);
        synchronized (account) {
            Stream<Eip> found = account.eips.values().stream()
                    .filter(eip -> address == null || eip.address.equals(address))
                    .filter(eip -> instanceType == null || instanceType.equals(eip.instanceType))
                    .filter(eip -> instanceId == null || instanceId.equals(eip.instanceId))
                    .filter(eip -> name == null || eip.name.equals(name))
                    .filter(eip -> status == null || eip.status().equals(status));
            return ListPage.of(found.toList(), eip -> eip.address, marker, maxKeys, "eipList", EipJson.EipView::of);
        }
    }

    /** Not in {@code EipClient}: one EIP with its {@code ETag}, for conditional updates ({@code If-Match}). */
    @GET
    @Path("{eip}")
    public Response get(@Context SecurityContext security, @PathParam("eip") String address) {
        Account account = cloud.caller(security);
        synchronized (account) {
            Eip eip = account.eip(address);
            return Response.ok(EipJson.EipView.of(eip)).header("ETag", eip.etag()).build();
        }
    }

    /** The {@code PUT /v1/eip/{eip}?<operation>} family; the flag names the operation. */
    @PUT
    @Path("{eip}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context SecurityContext security, @Context UriInfo uri, @PathParam("eip") String address,
            @HeaderParam("If-Match") String ifMatch, byte[] body) throws IOException {
        Account account = cloud.caller(security);
        Map<String, List<String>> query = uri.getQueryParameters();
        synchronized (account) {
            Eip eip = account.eip(address);
            if (ifMatch != null && !ifMatch.trim().equals("*") && !ifMatch.trim().equals(eip.etag())) {
                throw new BceException(GlobalErrors.PRECONDITION_FAILED);
            }
            if (query.containsKey("resize")) {
                Integer bandwidth = JsonBody.read(body, EipJson.ResizeRequest.class).newBandwidthInMbps();
                requireBandwidth(bandwidth);
                eip.bandwidthInMbps = bandwidth;
            } else if (query.containsKey("bind")) {
                bind(account, eip, JsonBody.read(body, EipJson.BindRequest.class));
            } else if (query.containsKey("unbind")) {
                if (!eip.bound()) {
                    throw new BceException(EipErrors.UNSUPPORTED_EIP_OPERATION);
                }
                eip.instanceType = null;
                eip.instanceId = null;
            } else if ("TO_PREPAY".equals(uri.getQueryParameters().getFirst("action"))) {
                convertToPrepaid(account, eip, JsonBody.read(body, EipJson.ConvertToPrepaidRequest.class));
            } else if (query.containsKey("purchaseReserved")) {
                Billing billing = JsonBody.read(body, EipJson.PurchaseReservedRequest.class).billing();
                if (!eip.prepaid()) {
                    throw new BceException(EipErrors.UNSUPPORTED_EIP_OPERATION);
                }
                account.pay(Eip.PREPAID, EipErrors.PAY_FAILED);
                Billing renewal = new Billing(Eip.PREPAID, eip.billingMethod, billing == null ? null : billing.reservation());
                eip.expireTime = renewal.expiry(eip.expireTime);
            } else {
                throw new BceException(GlobalErrors.INVALID_URI); // an EipClient operation the sample does not serve
            }
            eip.changed();
            return Response.ok("{}").build();
        }
    }

    /** {@code convertToPrepayEip}: a postpaid EIP becomes prepaid for {@code purchaseLength} months, optionally resized. */
    private void convertToPrepaid(Account account, Eip eip, EipJson.ConvertToPrepaidRequest request) {
        JsonBody.require(request.purchaseLength() != null && request.purchaseLength() > 0);
        if (request.bandWidth() != null) {
            requireBandwidth(request.bandWidth());
        }
        if (eip.prepaid()) {
            throw new BceException(EipErrors.UNSUPPORTED_EIP_OPERATION);
        }
        account.pay(Eip.PREPAID, EipErrors.PAY_FAILED);
        eip.paymentTiming = Eip.PREPAID;
        eip.expireTime = new Billing(Eip.PREPAID, eip.billingMethod,
                new Billing.Reservation(request.purchaseLength(), "Month")).expiry(cloud.now());
        if (request.bandWidth() != null) {
            eip.bandwidthInMbps = request.bandWidth();
        }
    }

    @PUT
    @Path("{eip}/deleteProtect")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateDeleteProtect(@Context SecurityContext security, @PathParam("eip") String address,
            byte[] body) throws IOException {
        Account account = cloud.caller(security);
        Boolean protect = JsonBody.read(body, EipJson.DeleteProtectRequest.class).deleteProtect();
        JsonBody.require(protect != null);
        synchronized (account) {
            Eip eip = account.eip(address);
            eip.deleteProtect = protect;
            eip.changed();
            return Response.ok("{}").build();
        }
    }

    /** {@code refundEip}: a prepaid, unbound EIP ends before its expiry (postpaid ones are released instead). */
    @PUT
    @Path("refund/{eip}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@Context SecurityContext security, @PathParam("eip") String address) {
        Account account = cloud.caller(security);
        synchronized (account) {
            Eip eip = account.eip(address);
            if (!eip.prepaid() || eip.bound() || eip.deleteProtect) {
                throw new BceException(EipErrors.UNSUPPORTED_EIP_OPERATION);
            }
            account.eips.remove(address);
            account.packageBoundTo(address).ifPresent(bp -> account.packages.remove(bp.id));
            return Response.ok("{}").build();
        }
    }

    private static void bind(Account account, Eip eip, EipJson.BindRequest request) {
        JsonBody.require(request.instanceType() != null && request.instanceId() != null);
        if (!DemoAccount.INSTANCE_TYPE.equals(request.instanceType())
                || !DemoAccount.INSTANCES.contains(request.instanceId())) {
            throw new BceException(EipErrors.INSTANCE_NOT_FOUND);
        }
        if (eip.bound()) {
            throw new BceException(EipErrors.UNSUPPORTED_EIP_OPERATION);
        }
        boolean taken = account.eips.values().stream().anyMatch(other -> request.instanceId().equals(other.instanceId));
        if (taken) {
            throw new BceException(EipErrors.INSTANCE_ALREADY_BIND);
        }
        eip.instanceType = request.instanceType();
        eip.instanceId = request.instanceId();
    }

    /**
     * {@code releaseEip} and {@code optionalReleaseEip}: a prepaid EIP cannot be released, a bound
     * or delete-protected one must be unbound or unprotected first; {@code releaseToRecycle=true}
     * keeps it in the recycle bin.
     */
    @DELETE
    @Path("{eip}")
    public Response release(@Context SecurityContext security, @PathParam("eip") String address,
            @QueryParam("releaseToRecycle") boolean toRecycle) {
        Account account = cloud.caller(security);
        synchronized (account) {
            Eip eip = account.eip(address);
            if (eip.prepaid()) {
                throw new BceException(EipErrors.PREPAY_EIP);
            }
            if (eip.bound() || eip.deleteProtect) {
                throw new BceException(EipErrors.UNSUPPORTED_EIP_OPERATION);
            }
            account.eips.remove(address); // no package to drop: packages bind prepaid EIPs only, which stay
            if (toRecycle) {
                eip.recycleTime = cloud.now();
                eip.changed();
                account.recycleBin.put(address, eip);
            }
            return Response.ok("{}").build();
        }
    }

    private static void requireBandwidth(Integer bandwidth) {
        JsonBody.require(bandwidth != null
                && bandwidth >= Account.MIN_EIP_BANDWIDTH && bandwidth <= Account.MAX_EIP_BANDWIDTH);
    }
}
