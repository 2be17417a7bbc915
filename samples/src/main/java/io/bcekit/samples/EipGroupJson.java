package io.bcekit.samples;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON shapes of the EIP-group API ({@code /v1/eipgroup}), as {@code EipGroupClient} sends and parses them. */
final class EipGroupJson {

    private EipGroupJson() {
    }

    record CreateRequest(String name, int eipCount, int eipv6Count, int bandwidthInMbps, Billing billing) {
    }

    record IdResponse(String id) {
    }

    /** The body of {@code ?resize}: either a bandwidth ({@code resizeBandwidth}) or address counts ({@code addCount}). */
    record ResizeRequest(Integer bandwidthInMbps, Integer eipAddCount, Integer eipv6AddCount) {

        boolean addsAddresses() {
            return eipAddCount != null || eipv6AddCount != null;
        }
    }

    record RenameRequest(String name) {
    }

    record PurchaseReservedRequest(Billing billing) {
    }

    record MoveOutRequest(List<MoveOutEip> moveOutEips) {
    }

    record MoveOutEip(String eip, Integer bandwidthInMbps, Billing billing) {
    }

    record MoveInRequest(List<String> eips) {
    }

    /** An address inside a group ({@code eips[]} and {@code eipv6s[]}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AddressView(String name, String eip, String status, String eipInstanceType, String paymentTiming,
            int bandwidthInMbps, String billingMethod, String createTime, String expireTime, String shareGroupId) {

        static AddressView of(EipGroup group, String address) {
            return new AddressView(address, address, "available", "shared", group.paymentTiming,
                    group.bandwidthInMbps, group.billingMethod, ApiTimes.format(group.createTime),
                    ApiTimes.format(group.expireTime), group.id);
        }
    }

    /** {@code getEipGroup}'s answer and an item of {@code eipgroups} in {@code listEipGroup}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GroupView(String id, String name, List<AddressView> eips, List<AddressView> eipv6s, String status,
            int bandwidthInMbps, String paymentTiming, String billingMethod, String createTime, String expireTime,
            String region, String routeType, Integer bwBandwidthInMbps, String bwShortId) {

        static GroupView of(EipGroup group, BandwidthPackage bandwidthPackage) {
            return new GroupView(group.id, group.name,
                    group.ipv4.stream().map(address -> AddressView.of(group, address)).toList(),
                    group.ipv6.stream().map(address -> AddressView.of(group, address)).toList(),
                    "available", group.bandwidthInMbps, group.paymentTiming, group.billingMethod,
                    ApiTimes.format(group.createTime), ApiTimes.format(group.expireTime), Cloud.REGION,
                    EipJson.ROUTE_TYPE, bandwidthPackage == null ? null : bandwidthPackage.bandwidthInMbps,
                    bandwidthPackage == null ? null : bandwidthPackage.id);
        }
    }
}
