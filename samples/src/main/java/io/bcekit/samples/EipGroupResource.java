package io.bcekit.samples;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.EipGroupErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/**
 * The EIP-group API of {@code EipGroupClient}: create, list, get, resize bandwidth, add
 * addresses, rename, purchase reserved, move EIPs out and in, refund and release.
 */
@Path("/v1/eipgroup")
@Produces(SampleApplication.JSON_UTF8)
public class EipGroupResource {

    private final Cloud cloud;

    EipGroupResource(Cloud cloud) {
        this.cloud = cloud;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public EipGroupJson.IdResponse create(@Context SecurityContext security, byte[] body) throws IOException {
        Account account = cloud.caller(security);
        account.requireRealName(EipGroupErrors.REAL_NAME_QUALIFY);
        EipGroupJson.CreateRequest request = JsonBody.read(body, EipGroupJson.CreateRequest.class);
        JsonBody.require(request.eipCount() >= 0 && request.eipv6Count() >= 0 && request.bandwidthInMbps() > 0
                && request.billing() != null);
        Billing billing = Billing.orDefault(request.billing());
        synchronized (account) {
            if (account.groups.size() >= Account.MAX_EIP_GROUPS) {
                throw new BceException(EipGroupErrors.EXCEED_EIP_GROUP_LIMIT);
            }
            requireRoom(0, request.eipCount() + request.eipv6Count());
            account.pay(billing.paymentTiming(), EipGroupErrors.EIP_GROUP_PAY_FAILED);
            String id = cloud.newId("eg");
            EipGroup group = new EipGroup(id, request.name() == null ? id : request.name(), request.bandwidthInMbps(),
                    billing.paymentTiming(), billing.billingMethod(), cloud.now(), billing.expiry(cloud.now()));
            addAddresses(group, request.eipCount(), request.eipv6Count());
            account.groups.put(id, group);
            return new EipGroupJson.IdResponse(id);
        }
    }

    @GET
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("marker") String marker,
            @QueryParam("maxKeys") Integer maxKeys, @QueryParam("id") String id, @QueryParam("name") String name,
            @QueryParam("status") String status) {
        Account account = cloud.caller(security);
        synchronized (account) {
            List<EipGroup> found = account.groups.values().stream()
                    .filter(group -> id == null || group.id.equals(id))
                    .filter(group -> name == null || group.name.equals(name))
                    .filter(group -> status == null || status.equals("available")).toList();
            return ListPage.of(found, group -> group.id, marker, maxKeys, "eipgroups",
                    group -> view(account, group));
        }
    }

    @GET
    @Path("{id}")
    public EipGroupJson.GroupView get(@Context SecurityContext security, @PathParam("id") String id) {
        Account account = cloud.caller(security);
        synchronized (account) {
            return view(account, account.group(id));
        }
    }

    /** The {@code PUT /v1/eipgroup/{id}?<operation>} family; the flag (and for {@code resize} the body) names the operation. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") String id,
            byte[] body) throws IOException {
        Account account = cloud.caller(security);
        Map<String, List<String>> query = uri.getQueryParameters();
        synchronized (account) {
            EipGroup group = account.group(id);
            if (query.containsKey("resize")) {
                resize(group, JsonBody.read(body, EipGroupJson.ResizeRequest.class));
            } else if (query.containsKey("update")) {
                String name = JsonBody.read(body, EipGroupJson.RenameRequest.class).name();
                JsonBody.require(name != null && !name.isBlank());
                group.name = name;
            } else if (query.containsKey("purchaseReserved")) {
                Billing billing = JsonBody.read(body, EipGroupJson.PurchaseReservedRequest.class).billing();
                if (!group.prepaid()) {
                    throw new BceException(EipGroupErrors.UNSUPPORTED_INSTANCE_OPERATION);
                }
                account.pay(Eip.PREPAID, EipGroupErrors.EIP_GROUP_PAY_FAILED);
                Billing renewal = new Billing(Eip.PREPAID, group.billingMethod,
                        billing == null ? null : billing.reservation());
                group.expireTime = renewal.expiry(group.expireTime);
            } else if (query.containsKey("move_out")) {
                moveOut(account, group, JsonBody.read(body, EipGroupJson.MoveOutRequest.class));
            } else if (query.containsKey("move_in")) {
                moveIn(account, group, JsonBody.read(body, EipGroupJson.MoveInRequest.class));
            } else {
                throw new BceException(GlobalErrors.INVALID_URI);
            }
            return Response.ok("{}").build();
        }
    }

    private void resize(EipGroup group, EipGroupJson.ResizeRequest request) {
        if (request.addsAddresses()) {
            int ipv4 = request.eipAddCount() == null ? 0 : request.eipAddCount();
            int ipv6 = request.eipv6AddCount() == null ? 0 : request.eipv6AddCount();
            JsonBody.require(ipv4 >= 0 && ipv6 >= 0 && ipv4 + ipv6 > 0);
            requireRoom(group.size(), ipv4 + ipv6);
            addAddresses(group, ipv4, ipv6);
        } else {
            JsonBody.require(request.bandwidthInMbps() != null && request.bandwidthInMbps() > 0);
            group.bandwidthInMbps = request.bandwidthInMbps();
        }
    }

    /** Each named address leaves the group as a standalone EIP with its own bandwidth and billing. */
    private void moveOut(Account account, EipGroup group, EipGroupJson.MoveOutRequest request) {
        JsonBody.require(request.moveOutEips() != null && !request.moveOutEips().isEmpty());
        for (EipGroupJson.MoveOutEip out : request.moveOutEips()) {
            JsonBody.require(out.eip() != null && out.bandwidthInMbps() != null
                    && out.bandwidthInMbps() >= Account.MIN_EIP_BANDWIDTH
                    && out.bandwidthInMbps() <= Account.MAX_EIP_BANDWIDTH);
            if (!group.holds(out.eip())) {
                throw new BceException(EipErrors.EIP_NOT_FOUND);
            }
        }
        account.requireEipQuota(request.moveOutEips().size());
        for (EipGroupJson.MoveOutEip out : request.moveOutEips()) {
            Billing billing = Billing.orDefault(out.billing());
            account.pay(billing.paymentTiming(), EipErrors.PAY_FAILED);
            group.ipv4.remove(out.eip());
            group.ipv6.remove(out.eip());
            account.eips.put(out.eip(), new Eip(out.eip(), cloud.newId("eip"), out.eip(), out.bandwidthInMbps(),
                    billing.paymentTiming(), billing.billingMethod(), cloud.now(), billing.expiry(cloud.now())));
        }
    }

    /** Unbound standalone EIPs join the group (their own bandwidth and billing end). */
    private static void moveIn(Account account, EipGroup group, EipGroupJson.MoveInRequest request) {
        JsonBody.require(request.eips() != null && !request.eips().isEmpty());
        for (String address : request.eips()) {
            Eip eip = account.eip(address);
            if (eip.bound() || eip.prepaid() || account.packageBoundTo(address).isPresent()) {
                throw new BceException(EipErrors.UNSUPPORTED_EIP_OPERATION);
            }
        }
        requireRoom(group.size(), request.eips().size());
        for (String address : request.eips()) {
            account.eips.remove(address);
            (address.contains(":") ? group.ipv6 : group.ipv4).add(address);
        }
    }

    /** {@code refundEipGroup}: a prepaid group ends early (postpaid ones are released instead). */
    @PUT
    @Path("refund/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@Context SecurityContext security, @PathParam("id") String id) {
        Account account = cloud.caller(security);
        synchronized (account) {
            EipGroup group = account.group(id);
            if (!group.prepaid()) {
                throw new BceException(EipGroupErrors.UNSUPPORTED_INSTANCE_OPERATION);
            }
            remove(account, group);
            return Response.ok("{}").build();
        }
    }

    /** {@code releaseEipGroup}: postpaid groups only (a prepaid one runs to its expiry or is refunded). */
    @DELETE
    @Path("{id}")
    public Response release(@Context SecurityContext security, @PathParam("id") String id) {
        Account account = cloud.caller(security);
        synchronized (account) {
            EipGroup group = account.group(id);
            if (group.prepaid()) {
                throw new BceException(EipGroupErrors.UNSUPPORTED_INSTANCE_OPERATION);
            }
            remove(account, group);
            return Response.ok("{}").build();
        }
    }

    private static void remove(Account account, EipGroup group) {
        account.groups.remove(group.id);
        account.packageBoundTo(group.id).ifPresent(bp -> account.packages.remove(bp.id));
    }

    private static EipGroupJson.GroupView view(Account account, EipGroup group) {
        return EipGroupJson.GroupView.of(group, account.packageBoundTo(group.id).orElse(null));
    }

    private static void requireRoom(int has, int more) {
        if (has + more > Account.MAX_ADDRESSES_PER_GROUP) {
            throw new BceException(EipGroupErrors.EXCEED_EIP_LIMIT_IN_GROUP);
        }
    }

    private void addAddresses(EipGroup group, int ipv4, int ipv6) {
        for (int i = 0; i < ipv4; i++) {
            group.ipv4.add(cloud.newIpv4());
        }
        for (int i = 0; i < ipv6; i++) {
            group.ipv6.add(cloud.newIpv6());
        }
    }
}
