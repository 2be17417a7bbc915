package io.bcekit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.services.eip.model.ListEipsRequest;
import com.baidubce.services.eip.model.ListEipsResponse;
import com.baidubce.services.eipgroup.model.BandwidthInMbpsRequest;
import com.baidubce.services.eipgroup.model.CreateEipGroupRequest;
import com.baidubce.services.eipgroup.model.Eip;
import com.baidubce.services.eipgroup.model.EipCountRequest;
import com.baidubce.services.eipgroup.model.EipGroup;
import com.baidubce.services.eipgroup.model.EipGroupOperateRequest;
import com.baidubce.services.eipgroup.model.EipNameRequest;
import com.baidubce.services.eipgroup.model.GetEipGroupRequest;
import com.baidubce.services.eipgroup.model.GetEipGroupResponse;
import com.baidubce.services.eipgroup.model.ListEipGroupRequest;
import com.baidubce.services.eipgroup.model.ListEipGroupResponse;
import com.baidubce.services.eipgroup.model.MoveInRequest;
import com.baidubce.services.eipgroup.model.MoveOutRequest;
import com.baidubce.services.eipgroup.model.PurchaseReservedEipGroupRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code EipGroupClient} through a whole life: the SDK's response objects carry what the service holds. */
class EipGroupClientWalkTest extends ScenarioSupport {

    @Test
    void createGetListResizeAddRenameMovePurchaseRefundRelease() {
        String shared = demo().group.createEipGroup(new CreateEipGroupRequest().withName("shared").withEipCount(2)
                .withEipv6Count(1).withBandwidthInMbps(100).withBilling(postpaid())).getId();
        String reserved = createGroup(demo(), 1, prepaid());

        GetEipGroupResponse group = get(shared);
        assertThat(group.getName()).isEqualTo("shared");
        assertThat(group.getBandwidthInMbps()).isEqualTo(100);
        assertThat(group.getEips()).hasSize(2).allSatisfy(eip -> assertThat(eip.getEip()).startsWith("100.64."));
        assertThat(group.getEipv6s()).hasSize(1).allSatisfy(eip -> assertThat(eip.getEip()).startsWith("240c:"));
        assertThat(group.getPaymentTiming()).isEqualTo("Postpaid");
        assertThat(group.getStatus()).isEqualTo("available");
        assertThat(group.getExpireTime()).isNull();

        ListEipGroupRequest firstPage = new ListEipGroupRequest();
        firstPage.setMaxKeys(1);
        ListEipGroupResponse first = demo().group.listEipGroup(firstPage);
        assertThat(first.getEipgroups()).extracting(EipGroup::getId).containsExactly(shared);
        assertThat(first.getIsTruncated()).isTrue();
        assertThat(first.getNextMarker()).isEqualTo(reserved);
        ListEipGroupRequest secondPage = new ListEipGroupRequest();
        secondPage.setMaxKeys(1);
        secondPage.setMarker(reserved);
        ListEipGroupResponse second = demo().group.listEipGroup(secondPage);
        assertThat(second.getEipgroups()).extracting(EipGroup::getId).containsExactly(reserved);
        assertThat(second.getMarker()).isEqualTo(reserved);
        assertThat(second.getIsTruncated()).isFalse();
        assertThat(second.getNextMarker()).isNull();

        demo().group.resizeBandwidth(new BandwidthInMbpsRequest().withId(shared).withBandwidthInMbps(300));
        demo().group.addCount(new EipCountRequest().withId(shared).withEipAddCount(2).withEipv6AddCount(1));
        demo().group.update(new EipNameRequest().withId(shared).withName("renamed"));
        group = get(shared);
        assertThat(group.getBandwidthInMbps()).isEqualTo(300);
        assertThat(group.getEips()).hasSize(4);
        assertThat(group.getEipv6s()).hasSize(2);
        assertThat(group.getName()).isEqualTo("renamed");

        String leaving = group.getEips().get(0).getEip();
        MoveOutRequest.EipMoveOutModel out = new MoveOutRequest.EipMoveOutModel();
        out.setEip(leaving);
        out.setBandwidthInMbps(15);
        out.setBilling(postpaid());
        MoveOutRequest moveOut = new MoveOutRequest().withMoveOutEips(List.of(out));
        moveOut.setId(shared);
        demo().group.moveOutEips(moveOut);
        assertThat(get(shared).getEips()).extracting(Eip::getEip).doesNotContain(leaving).hasSize(3);
        List<ListEipsResponse.EipModel> standalone = demo().eip.listEips(new ListEipsRequest()).getEipList();
        assertThat(standalone).extracting(ListEipsResponse.EipModel::getEip).containsExactly(leaving);
        assertThat(standalone.get(0).getBandwidthInMbps()).isEqualTo(15);

        MoveInRequest moveIn = new MoveInRequest().withEips(List.of(leaving));
        moveIn.setId(shared);
        demo().group.moveInEips(moveIn);
        assertThat(get(shared).getEips()).extracting(Eip::getEip).contains(leaving).hasSize(4);
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).isEmpty();

        Instant expiry = Instant.parse(get(reserved).getExpireTime());
        demo().group.purchaseReservedEipGroup(new PurchaseReservedEipGroupRequest().withId(reserved)
                .withBilling(prepaid()));
        assertThat(Instant.parse(get(reserved).getExpireTime()))
                .isEqualTo(expiry.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());

        demo().group.refundEipGroup(new EipGroupOperateRequest().withId(reserved));
        demo().group.releaseEipGroup(new EipGroupOperateRequest().withId(shared));
        assertThat(demo().group.listEipGroup(new ListEipGroupRequest()).getEipgroups()).isEmpty();
    }

    private GetEipGroupResponse get(String id) {
        return demo().group.getEipGroup(new GetEipGroupRequest().withId(id));
    }
}
