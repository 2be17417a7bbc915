package io.bcekit.samples;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON shapes of the bandwidth-package API ({@code /v1/eipbp}), as {@code EipBpClient} sends and parses them. */
final class BandwidthPackageJson {

    static final String DEFAULT_TYPE = "BandwidthPackage";

    private BandwidthPackageJson() {
    }

    record CreateRequest(Integer bandwidthInMbps, String eip, String eipGroupId, String name, String autoReleaseTime,
            String type) {
    }

    record IdResponse(String id) {
    }

    record ResizeRequest(Integer bandwidthInMbps) {
    }

    record RenameRequest(String name) {
    }

    record RetimeRequest(String autoReleaseTime) {
    }

    /** {@code getEipBpDetail}'s answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DetailView(String name, String id, String bindType, int bandwidthInMbps, String instanceId,
            List<String> eips, int instanceBandwidthInMbps, String createTime, String autoReleaseTime, String type,
            String region) {
    }

    /** An item of {@code bpList} in {@code listEipBps}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListItemView(String name, String id, String bindType, int bandwidthInMbps, String instanceId,
            List<String> eips, String createTime, String autoReleaseTime, String type, String region) {

        static ListItemView of(DetailView detail) {
            return new ListItemView(detail.name(), detail.id(), detail.bindType(), detail.bandwidthInMbps(),
                    detail.instanceId(), detail.eips(), detail.createTime(), detail.autoReleaseTime(), detail.type(),
                    detail.region());
        }
    }
}
