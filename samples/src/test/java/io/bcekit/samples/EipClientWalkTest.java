package io.bcekit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.BceServiceException;
import com.baidubce.services.eip.model.BindEipRequest;
import com.baidubce.services.eip.model.ConvertToPrepayEipRequest;
import com.baidubce.services.eip.model.CreateEipRequest;
import com.baidubce.services.eip.model.ListEipsRequest;
import com.baidubce.services.eip.model.ListEipsResponse;
import com.baidubce.services.eip.model.ListRecycleEipsRequest;
import com.baidubce.services.eip.model.ListRecycleEipsResponse;
import com.baidubce.services.eip.model.OptionalReleaseEipRequest;
import com.baidubce.services.eip.model.RecycleOperateEipRequest;
import com.baidubce.services.eip.model.RefundEipRequest;
import com.baidubce.services.eip.model.UpdateDeleteProtectEipRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code EipClient} through a whole life: the SDK's response objects carry what the service holds. */
class EipClientWalkTest extends ScenarioSupport {

    @Test
    void createListPageResizeBindUnbindPurchaseRecycleRestoreRelease() {
        Instant before = Instant.now().minusSeconds(1);
        String web = demo().eip.createEip(new CreateEipRequest().withName("web").withBandwidthInMbps(10)
                .withBilling(postpaid())).getEip();
        String db = demo().eip.createEip(new CreateEipRequest().withName("db").withBandwidthInMbps(20)
                .withBilling(prepaid())).getEip();
        String batch = createEip(demo(), 30, postpaid());

        ListEipsRequest firstPage = new ListEipsRequest();
        firstPage.setMaxKeys(2);
        ListEipsResponse first = demo().eip.listEips(firstPage);
        assertThat(first.getEipList()).extracting(ListEipsResponse.EipModel::getEip).containsExactly(web, db);
        assertThat(first.getIsTruncated()).isTrue();
        assertThat(first.getNextMarker()).isEqualTo(batch);
        assertThat(first.getMarker()).isNull();
        assertThat(first.getMaxKeys()).isEqualTo(2);
        ListEipsRequest secondPage = new ListEipsRequest();
        secondPage.setMaxKeys(2);
        secondPage.setMarker(first.getNextMarker());
        ListEipsResponse second = demo().eip.listEips(secondPage);
        assertThat(second.getEipList()).extracting(ListEipsResponse.EipModel::getEip).containsExactly(batch);
        assertThat(second.getMarker()).isEqualTo(batch);
        assertThat(second.getIsTruncated()).isFalse();
        assertThat(second.getNextMarker()).isNull();

        ListEipsResponse.EipModel prepaidEip = only(new ListEipsRequest().withEip(db));
        assertThat(prepaidEip.getName()).isEqualTo("db");
        assertThat(prepaidEip.getBandwidthInMbps()).isEqualTo(20);
        assertThat(prepaidEip.getPaymentTiming()).isEqualTo("Prepaid");
        assertThat(prepaidEip.getBillingMethod()).isEqualTo("ByBandwidth");
        assertThat(prepaidEip.getStatus()).isEqualTo("available");
        assertThat(prepaidEip.getEipId()).startsWith("eip-");
        assertThat(prepaidEip.getCreateTime().toInstant()).isBetween(before, Instant.now());
        Instant expiry = prepaidEip.getExpireTime().toInstant();
        assertThat(expiry).isEqualTo(prepaidEip.getCreateTime().toInstant().atZone(ZoneOffset.UTC).plusMonths(1).toInstant());

        demo().eip.resizeEip(web, 50);
        demo().eip.bindEip(new BindEipRequest().withEip(web).withInstanceType("BCC").withInstanceId("i-demo0002"));
        ListEipsResponse.EipModel bound = only(new ListEipsRequest().withInstanceType("BCC").withInstanceId("i-demo0002"));
        assertThat(bound.getEip()).isEqualTo(web);
        assertThat(bound.getBandwidthInMbps()).isEqualTo(50);
        assertThat(bound.getStatus()).isEqualTo("binded");
        assertThat(bound.getInstanceType()).isEqualTo("BCC");
        demo().eip.unbindEip(web);
        ListEipsResponse.EipModel unbound = only(new ListEipsRequest().withEip(web));
        assertThat(unbound.getStatus()).isEqualTo("available");
        assertThat(unbound.getInstanceId()).isNull();

        demo().eip.purchaseReservedEip(db, 2, "Month");
        assertThat(only(new ListEipsRequest().withEip(db)).getExpireTime().toInstant())
                .isEqualTo(expiry.atZone(ZoneOffset.UTC).plusMonths(2).toInstant());

        demo().eip.optionalReleaseEip(toRecycle(web));
        List<ListRecycleEipsResponse.RecycleEipModel> recycled =
                demo().eip.listRecycleEips(new ListRecycleEipsRequest()).getEipList();
        assertThat(recycled).extracting(ListRecycleEipsResponse.RecycleEipModel::getEip).containsExactly(web);
        assertThat(recycled.get(0).getBandwidthInMbps()).isEqualTo(50);
        assertThat(Duration.between(Instant.parse(recycled.get(0).getRecycleTime()),
                Instant.parse(recycled.get(0).getScheduledDeleteTime()))).isEqualTo(Duration.ofDays(7));
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).extracting(ListEipsResponse.EipModel::getEip)
                .containsExactly(db, batch);

        demo().eip.restoreEipFromRecycle(new RecycleOperateEipRequest().withEip(web));
        assertThat(only(new ListEipsRequest().withEip(web)).getName()).isEqualTo("web");
        assertThat(demo().eip.listRecycleEips(new ListRecycleEipsRequest()).getEipList()).isEmpty();

        demo().eip.optionalReleaseEip(toRecycle(web));
        demo().eip.releaseEipFromRecycle(new RecycleOperateEipRequest().withEip(web));
        demo().eip.releaseEip(batch);
        assertThat(demo().eip.listRecycleEips(new ListRecycleEipsRequest()).getEipList()).isEmpty();
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).extracting(ListEipsResponse.EipModel::getEip)
                .containsExactly(db);
    }

    @Test
    void deleteProtectionConversionToPrepaidAndRefund() {
        String ip = createEip(demo(), 10, postpaid());
        demo().eip.updateDeleteProtect(new UpdateDeleteProtectEipRequest().withEip(ip).withDeleteProtect(true));
        assertThat(only(new ListEipsRequest().withEip(ip)).getDeleteProtect()).isTrue();
        BceServiceException protectedRelease = thrownBy(() -> demo().eip.releaseEip(ip));
        assertError(protectedRelease, demo(), "UnsupportedEipOperation", 400,
                "The status of specified eip does not support this operation.");
        demo().eip.updateDeleteProtect(new UpdateDeleteProtectEipRequest().withEip(ip).withDeleteProtect(false));

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        demo().eip.convertToPrepayEip(new ConvertToPrepayEipRequest().withEip(ip).withPurchaseLength(3).withBandWidth(40));
        ListEipsResponse.EipModel converted = only(new ListEipsRequest().withEip(ip));
        assertThat(converted.getPaymentTiming()).isEqualTo("Prepaid");
        assertThat(converted.getBandwidthInMbps()).isEqualTo(40);
        assertThat(converted.getExpireTime().toInstant()).isBetween(before.atZone(ZoneOffset.UTC).plusMonths(3).toInstant(),
                Instant.now().atZone(ZoneOffset.UTC).plusMonths(3).toInstant());

        demo().eip.refundEip(new RefundEipRequest().withEip(ip));
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).isEmpty();
    }

    private static OptionalReleaseEipRequest toRecycle(String ip) {
        OptionalReleaseEipRequest request = new OptionalReleaseEipRequest().withReleaseToRecycle(true);
        request.setEip(ip);
        return request;
    }

    private ListEipsResponse.EipModel only(ListEipsRequest request) {
        List<ListEipsResponse.EipModel> found = demo().eip.listEips(request).getEipList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
