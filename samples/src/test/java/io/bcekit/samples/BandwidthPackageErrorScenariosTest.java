package io.bcekit.samples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.baidubce.BceServiceException;
import com.baidubce.http.HttpMethodName;
import com.baidubce.services.eipbp.model.CreateEipBpRequest;
import com.baidubce.services.eipgroup.model.GetEipGroupRequest;
import org.junit.jupiter.api.Test;

/** The seed's 7 bandwidth-package codes, each from a real {@code EipBpClient} operation. */
class BandwidthPackageErrorScenariosTest extends ScenarioSupport {

    @Test
    void packageForAnAddressInsideAGroupIsTypeNotMatchError() {
        String group = createGroup(demo(), 1, prepaid());
        String inGroup = demo().group.getEipGroup(new GetEipGroupRequest().withId(group)).getEips().get(0).getEip();
        BceServiceException e = thrownBy(() -> createPackage(inGroup, 100));
        assertError(e, demo(), "TypeNotMatchError", 400,
                "The bandwidth-packet's binding type is not match the instance type.");
    }

    @Test
    void packagePlusEipBandwidthOver1000IsBandwidthOverrun() {
        String ip = createEip(demo(), 200, prepaid());
        BceServiceException e = thrownBy(() -> createPackage(ip, 801));
        assertError(e, demo(), "BandwidthOverrun", 400,
                "The sum of bandwidth-packet and bandwidth of the bound bandwidth exceed the limit.");
    }

    @Test
    void packageForAPostpaidEipIsInstanceProductPayTypeError() {
        String ip = createEip(demo(), 10, postpaid());
        BceServiceException e = thrownBy(() -> createPackage(ip, 100));
        assertError(e, demo(), "InstanceProductPayTypeError", 400,
                "Bandwidth-packet bound resource payment method only supports prepaid.");
    }

    @Test
    void unknownPackageOrEipIsResourceNotExit() {
        String message = "The resource or instance of the bandwidth-packet is not exist or has been deleted.";
        assertError(thrownBy(() -> demo().bp.getEipBpDetail("bw-nosuch")), demo(), "ResourceNotExit", 400, message);
        assertError(thrownBy(() -> createPackage("100.64.9.9", 100)), demo(), "ResourceNotExit", 400, message);
    }

    @Test
    void secondPackageForOneEipIsRepeatBindingError() {
        String ip = createEip(demo(), 10, prepaid());
        createPackage(ip, 100);
        BceServiceException e = thrownBy(() -> createPackage(ip, 50));
        assertError(e, demo(), "RepeatBindingError", 400, "The bandwidth-packet is being repeated bound.");
    }

    /** Raw: {@code EipBpClient} checks the format itself and never sends such a time. */
    @Test
    void releaseTimeWithSlashesIsTimeFormatIllegal() {
        String id = createPackage(createEip(demo(), 10, prepaid()), 100);
        byte[] body = ("{\"id\":\"" + id + "\",\"autoReleaseTime\":\"2026/12/01\"}").getBytes(UTF_8);
        BceServiceException e = thrownBy(() -> demo().raw(HttpMethodName.PUT, "/v1/eipbp/" + id,
                "retime&clientToken=retime-1", null, body));
        assertError(e, demo(), "TimeFormatIllegal", 400, "Time format is illegal.");
    }

    @Test
    void releaseTimeInThePastIsTimeUnreasonableError() {
        String id = createPackage(createEip(demo(), 10, prepaid()), 100);
        BceServiceException e = thrownBy(() -> demo().bp.updateAutoReleaseTime(id, "2020-01-01T00:00:00Z"));
        assertError(e, demo(), "TimeUnreasonableError", 400, "Time is not allowed.");
    }

    private String createPackage(String eip, int bandwidth) {
        return demo().bp.createEipBp(new CreateEipBpRequest().withEip(eip).withBandwidthInMbps(bandwidth)).getId();
    }
}
