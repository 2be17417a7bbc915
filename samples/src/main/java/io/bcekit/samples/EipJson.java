package io.bcekit.samples;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;

/** The JSON shapes of the EIP API ({@code /v1/eip}), as {@code EipClient} sends and parses them. */
final class EipJson {

    static final String ROUTE_TYPE = "BGP";
    static final Duration RECYCLE_KEEPS = Duration.ofDays(7);

    private EipJson() {
    }

    record CreateRequest(Integer bandwidthInMbps, String name, Billing billing, Boolean deleteProtect) {
    }

    record CreateResponse(String eip) {
    }

    record ResizeRequest(Integer newBandwidthInMbps) {
    }

    record BindRequest(String instanceType, String instanceId, String instanceIp) {
    }

    record PurchaseReservedRequest(Billing billing) {
    }

    /** {@code bandWidth} with a capital W, as {@code convertToPrepayEip} spells it. */
    record ConvertToPrepaidRequest(Integer purchaseLength, Integer bandWidth) {
    }

    record DeleteProtectRequest(Boolean deleteProtect) {
    }

    /** An item of {@code eipList} in {@code listEips}, and the answer of {@code GET /v1/eip/{eip}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EipView(String name, String eip, String eipId, String status, String instanceType, String instanceId,
            int bandwidthInMbps, String paymentTiming, String billingMethod, String createTime, String expireTime,
            String eipInstanceType, String region, String routeType, boolean deleteProtect) {

        static EipView of(Eip eip) {
            return new EipView(eip.name, eip.address, eip.id, eip.status(), eip.instanceType, eip.instanceId,
                    eip.bandwidthInMbps, eip.paymentTiming, eip.billingMethod, ApiTimes.format(eip.createTime),
                    ApiTimes.format(eip.expireTime), "normal", Cloud.REGION, ROUTE_TYPE, eip.deleteProtect);
        }
    }

    /** An item of {@code eipList} in {@code listRecycleEips}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecycledEipView(String name, String eip, String eipId, String status, String routeType,
            int bandwidthInMbps, String paymentTiming, String billingMethod, String recycleTime,
            String scheduledDeleteTime) {

        static RecycledEipView of(Eip eip) {
            return new RecycledEipView(eip.name, eip.address, eip.id, eip.status(), ROUTE_TYPE, eip.bandwidthInMbps,
                    eip.paymentTiming, eip.billingMethod, ApiTimes.format(eip.recycleTime),
                    ApiTimes.format(eip.recycleTime.plus(RECYCLE_KEEPS)));
        }
    }
}
