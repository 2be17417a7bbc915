package io.bcekit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.services.eipbp.model.CreateEipBpRequest;
import com.baidubce.services.eipbp.model.EipBpDetailResponse;
import com.baidubce.services.eipbp.model.ListEipBpsRequest;
import com.baidubce.services.eipbp.model.ListEipBpsResponse;
import com.baidubce.services.eipgroup.model.GetEipGroupRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** {@code EipBpClient} through a whole life: the SDK's response objects carry what the service holds. */
class EipBpClientWalkTest extends ScenarioSupport {

    @Test
    void createGetListResizeRenameRetimeRelease() {
        String ip = createEip(demo(), 100, prepaid());
        String group = createGroup(demo(), 2, prepaid());
        String release = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String forEip = demo().bp.createEipBp(new CreateEipBpRequest().withEip(ip).withBandwidthInMbps(200)
                .withName("burst").withAutoReleaseTime(release)).getId();
        String forGroup = demo().bp.createEipBp(new CreateEipBpRequest().withEipGroupId(group)
                .withBandwidthInMbps(300)).getId();

        EipBpDetailResponse detail = demo().bp.getEipBpDetail(forEip);
        assertThat(detail.getId()).isEqualTo(forEip);
        assertThat(detail.getName()).isEqualTo("burst");
        assertThat(detail.getBindType()).isEqualTo("eip");
        assertThat(detail.getInstanceId()).isEqualTo(ip);
        assertThat(detail.getEips()).containsExactly(ip);
        assertThat(detail.getBandwidthInMbps()).isEqualTo(200);
        assertThat(detail.getInstanceBandwidthInMbps()).isEqualTo(100);
        assertThat(detail.getAutoReleaseTime()).isEqualTo(release);
        assertThat(detail.getType()).isEqualTo("BandwidthPackage");
        EipBpDetailResponse groupDetail = demo().bp.getEipBpDetail(forGroup);
        assertThat(groupDetail.getBindType()).isEqualTo("eipgroup");
        assertThat(groupDetail.getEips()).hasSize(2);
        assertThat(demo().group.getEipGroup(new GetEipGroupRequest().withId(group)).getBwShortId()).isEqualTo(forGroup);

        ListEipBpsRequest firstPage = new ListEipBpsRequest();
        firstPage.setMaxKeys(1);
        ListEipBpsResponse first = demo().bp.listEipBps(firstPage);
        assertThat(first.getBpList()).extracting(ListEipBpsResponse.BandwidthPackage::getId).containsExactly(forEip);
        assertThat(first.getIsTruncated()).isTrue();
        assertThat(first.getNextMarker()).isEqualTo(forGroup);
        ListEipBpsRequest secondPage = new ListEipBpsRequest();
        secondPage.setMaxKeys(1);
        secondPage.setMarker(forGroup);
        ListEipBpsResponse second = demo().bp.listEipBps(secondPage);
        assertThat(second.getBpList()).extracting(ListEipBpsResponse.BandwidthPackage::getId).containsExactly(forGroup);
        assertThat(second.getMarker()).isEqualTo(forGroup);
        assertThat(second.getIsTruncated()).isFalse();
        assertThat(second.getNextMarker()).isNull();

        String later = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        demo().bp.resizeEipBp(forEip, 400);
        demo().bp.renameEipBp(forEip, "steady");
        demo().bp.updateAutoReleaseTime(forEip, later);
        detail = demo().bp.getEipBpDetail(forEip);
        assertThat(detail.getBandwidthInMbps()).isEqualTo(400);
        assertThat(detail.getName()).isEqualTo("steady");
        assertThat(detail.getAutoReleaseTime()).isEqualTo(later);

        demo().bp.releaseEipBp(forEip);
        demo().bp.releaseEipBp(forGroup);
        assertThat(demo().bp.listEipBps(new ListEipBpsRequest()).getBpList()).isEmpty();
    }
}
