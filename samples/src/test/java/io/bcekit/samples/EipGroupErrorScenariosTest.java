package io.bcekit.samples;

import com.baidubce.BceServiceException;
import com.baidubce.services.eipgroup.model.EipCountRequest;
import com.baidubce.services.eipgroup.model.EipGroupOperateRequest;
import com.baidubce.services.eipgroup.model.GetEipGroupRequest;
import org.junit.jupiter.api.Test;

/** The seed's 6 EIPGROUP codes, each from a real {@code EipGroupClient} operation. */
class EipGroupErrorScenariosTest extends ScenarioSupport {

    @Test
    void gettingAnUnknownGroupIsInstanceNotFound() {
        BceServiceException e = thrownBy(() -> demo().group.getEipGroup(new GetEipGroupRequest().withId("eg-nosuch")));
        assertError(e, demo(), "InstanceNotFound", 404, "The specified instance does not exist.");
    }

    @Test
    void releasingAPrepaidGroupIsUnsupportedInstanceOperation() {
        String id = createGroup(demo(), 2, prepaid());
        BceServiceException e = thrownBy(() -> demo().group.releaseEipGroup(new EipGroupOperateRequest().withId(id)));
        assertError(e, demo(), "UnsupportedInstanceOperation", 400,
                "The status of specified instance does not support this operation.");
    }

    @Test
    void unverifiedAccountCreatingAGroupIsRealNameQualify() {
        SdkClients unverified = as("unverified");
        BceServiceException e = thrownBy(() -> createGroup(unverified, 2, postpaid()));
        assertError(e, unverified, "RealNameQualify", 403, "The login user is not pass real name qualify.");
    }

    @Test
    void thirdGroupIsExceedEipGroupLimit() {
        createGroup(demo(), 1, postpaid());
        createGroup(demo(), 1, postpaid());
        BceServiceException e = thrownBy(() -> createGroup(demo(), 1, postpaid()));
        assertError(e, demo(), "ExceedEIPGroupLimit", 413, "The amount of eip group exceed limit.");
    }

    @Test
    void accountWithoutBalanceBuyingAPrepaidGroupIsEipGroupPayFailed() {
        SdkClients broke = as("broke");
        BceServiceException e = thrownBy(() -> createGroup(broke, 2, prepaid()));
        assertError(e, broke, "EIPGroupPayFailed", 400, "Pay failed when create eip group.");
    }

    @Test
    void addingPastTenAddressesIsExceedEipLimitInGroup() {
        String id = createGroup(demo(), 8, postpaid());
        demo().group.addCount(new EipCountRequest().withId(id).withEipAddCount(1).withEipv6AddCount(1));
        BceServiceException e = thrownBy(() -> demo().group.addCount(new EipCountRequest().withId(id).withEipAddCount(1)));
        assertError(e, demo(), "ExceedEIPLimitInGroup", 400, "The amount of eip exceed the group bandwidth limit");
    }
}
