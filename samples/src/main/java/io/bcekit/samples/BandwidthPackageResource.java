package io.bcekit.samples;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.BandwidthPackageErrors;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bandwidth-package API of {@code EipBpClient}: create (bound to a prepaid EIP or EIP group),
 * get, list, resize, rename, change the auto-release time, and release.
 */
@Path("/v1/eipbp")
@Produces(SampleApplication.JSON_UTF8)
public class BandwidthPackageResource {

    private static final DateTimeFormatter RELEASE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final Cloud cloud;

    BandwidthPackageResource(Cloud cloud) {
        this.cloud = cloud;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public BandwidthPackageJson.IdResponse create(@Context SecurityContext security, byte[] body) throws IOException {
        Account account = cloud.caller(security);
        BandwidthPackageJson.CreateRequest request = JsonBody.read(body, BandwidthPackageJson.CreateRequest.class);
        JsonBody.require(request.bandwidthInMbps() != null && request.bandwidthInMbps() > 0
                && (request.eip() != null || request.eipGroupId() != null));
        Optional<Instant> releaseAt = Optional.ofNullable(request.autoReleaseTime()).map(this::futureTime);
        synchronized (account) {
            Resource bound = request.eip() != null ? eip(account, request.eip()) : group(account, request.eipGroupId());
            if (!bound.prepaid()) {
                throw new BceException(BandwidthPackageErrors.INSTANCE_PRODUCT_PAY_TYPE_ERROR);
            }
            if (account.packageBoundTo(bound.id()).isPresent()) {
                throw new BceException(BandwidthPackageErrors.REPEAT_BINDING_ERROR);
            }
            requireWithinLimit(request.bandwidthInMbps(), bound.bandwidthInMbps());
            String id = cloud.newId("bw");
            account.packages.put(id, new BandwidthPackage(id, request.name() == null ? id : request.name(),
                    request.bandwidthInMbps(), bound.bindType(), bound.id(),
                    request.type() == null ? BandwidthPackageJson.DEFAULT_TYPE : request.type(), cloud.now(),
                    releaseAt.map(ApiTimes::format).orElse(null)));
            return new BandwidthPackageJson.IdResponse(id);
        }
    }

    @GET
    @Path("{id}")
    public BandwidthPackageJson.DetailView get(@Context SecurityContext security, @PathParam("id") String id) {
        Account account = cloud.caller(security);
        synchronized (account) {
            return detail(account, account.bandwidthPackage(id));
        }
    }

    @GET
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("marker") String marker,
            @QueryParam("maxKeys") Integer maxKeys, @QueryParam("id") String id, @QueryParam("name") String name,
            @QueryParam("bindType") String bindType, @QueryParam("type") String type) {
        Account account = cloud.caller(security);
        synchronized (account) {
            List<BandwidthPackage> found = account.packages.values().stream()
                    .filter(bp -> id == null || bp.id.equals(id))
                    .filter(bp -> name == null || bp.name.equals(name))
                    .filter(bp -> bindType == null || bp.bindType.equals(bindType))
                    .filter(bp -> type == null || bp.type.equals(type)).toList();
            return ListPage.of(found, bp -> bp.id, marker, maxKeys, "bpList",
                    bp -> BandwidthPackageJson.ListItemView.of(detail(account, bp)));
        }
    }

    /** The {@code PUT /v1/eipbp/{id}?<operation>} family: {@code resize}, {@code rename}, {@code retime}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") String id,
            byte[] body) throws IOException {
        Account account = cloud.caller(security);
        Map<String, List<String>> query = uri.getQueryParameters();
        synchronized (account) {
            BandwidthPackage bp = account.bandwidthPackage(id);
            if (query.containsKey("resize")) {
                Integer bandwidth = JsonBody.read(body, BandwidthPackageJson.ResizeRequest.class).bandwidthInMbps();
                JsonBody.require(bandwidth != null && bandwidth > 0);
                requireWithinLimit(bandwidth, boundBandwidth(account, bp));
                bp.bandwidthInMbps = bandwidth;
            } else if (query.containsKey("rename")) {
                String name = JsonBody.read(body, BandwidthPackageJson.RenameRequest.class).name();
                JsonBody.require(name != null && !name.isBlank());
                bp.name = name;
            } else if (query.containsKey("retime")) {
                String time = JsonBody.read(body, BandwidthPackageJson.RetimeRequest.class).autoReleaseTime();
                JsonBody.require(time != null);
                bp.autoReleaseTime = ApiTimes.format(futureTime(time));
            } else {
                throw new BceException(GlobalErrors.INVALID_URI);
            }
            return Response.ok("{}").build();
        }
    }

    @DELETE
    @Path("{id}")
    public Response release(@Context SecurityContext security, @PathParam("id") String id) {
        Account account = cloud.caller(security);
        synchronized (account) {
            account.packages.remove(account.bandwidthPackage(id).id);
            return Response.ok("{}").build();
        }
    }

    /** What a package binds to: one EIP or one EIP group. */
    private record Resource(String bindType, String id, boolean prepaid, int bandwidthInMbps) {
    }

    /** An address inside a group is not an EIP a package can name as {@code eip}. */
    private static Resource eip(Account account, String address) {
        Eip eip = account.eips.get(address);
        if (eip == null) {
            throw new BceException(account.groupHolding(address).isPresent()
                    ? BandwidthPackageErrors.TYPE_NOT_MATCH_ERROR : BandwidthPackageErrors.RESOURCE_NOT_EXIT);
        }
        return new Resource(BandwidthPackage.BIND_EIP, eip.address, eip.prepaid(), eip.bandwidthInMbps);
    }

    private static Resource group(Account account, String id) {
        EipGroup group = account.groups.get(id);
        if (group == null) {
            throw new BceException(BandwidthPackageErrors.RESOURCE_NOT_EXIT);
        }
        return new Resource(BandwidthPackage.BIND_EIP_GROUP, group.id, group.prepaid(), group.bandwidthInMbps);
    }

    private static int boundBandwidth(Account account, BandwidthPackage bp) {
        return bp.bindType.equals(BandwidthPackage.BIND_EIP)
                ? account.eip(bp.instanceId).bandwidthInMbps : account.group(bp.instanceId).bandwidthInMbps;
    }

    private static BandwidthPackageJson.DetailView detail(Account account, BandwidthPackage bp) {
        List<String> eips = bp.bindType.equals(BandwidthPackage.BIND_EIP) ? List.of(bp.instanceId)
                : List.copyOf(account.group(bp.instanceId).ipv4);
        return new BandwidthPackageJson.DetailView(bp.name, bp.id, bp.bindType, bp.bandwidthInMbps, bp.instanceId,
                eips, boundBandwidth(account, bp), ApiTimes.format(bp.createTime), bp.autoReleaseTime, bp.type,
                Cloud.REGION);
    }

    private static void requireWithinLimit(int packageBandwidth, int resourceBandwidth) {
        if (packageBandwidth + resourceBandwidth > Account.MAX_PACKAGE_PLUS_RESOURCE_BANDWIDTH) {
            throw new BceException(BandwidthPackageErrors.BANDWIDTH_OVERRUN);
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} in the future: {@code TimeFormatIllegal} or {@code TimeUnreasonableError} otherwise. */
    private Instant futureTime(String text) {
        Instant time;
        try {
            time = LocalDateTime.parse(text, RELEASE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BceException(BandwidthPackageErrors.TIME_FORMAT_ILLEGAL);
        }
        if (!time.isAfter(cloud.now())) {
            throw new BceException(BandwidthPackageErrors.TIME_UNREASONABLE_ERROR);
        }
        return time;
    }
}
