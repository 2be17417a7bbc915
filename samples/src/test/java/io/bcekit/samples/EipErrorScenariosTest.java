package io.bcekit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.BceServiceException;
import com.baidubce.services.eip.model.BindEipRequest;
import com.baidubce.services.eip.model.ListEipsRequest;
import org.junit.jupiter.api.Test;

/** The seed's 8 EIP codes, each from a real {@code EipClient} operation. */
class EipErrorScenariosTest extends ScenarioSupport {

    @Test
    void bindingToAnUnknownInstanceIsInstanceNotFound() {
        String ip = createEip(demo(), 10, postpaid());
        BceServiceException e = thrownBy(() -> bind(ip, "i-nosuch"));
        assertError(e, demo(), "InstanceNotFound", 404, "The specified instance does not exist.");
    }

    @Test
    void resizingAnAddressOfAnotherAccountIsEipNotFound() {
        String brokes = createEip(as("broke"), 10, postpaid());
        BceServiceException e = thrownBy(() -> demo().eip.resizeEip(brokes, 20));
        assertError(e, demo(), "EipNotFound", 404, "The specified eip does not exist.");
    }

    @Test
    void bindingASecondEipToAnInstanceIsInstanceAlreadyBind() {
        bind(createEip(demo(), 10, postpaid()), "i-demo0001");
        String second = createEip(demo(), 10, postpaid());
        BceServiceException e = thrownBy(() -> bind(second, "i-demo0001"));
        assertError(e, demo(), "InstanceAlreadyBind", 400, "The specified instance is already binded.");
    }

    @Test
    void unbindingAnEipThatIsNotBoundIsUnsupportedEipOperation() {
        String ip = createEip(demo(), 10, postpaid());
        BceServiceException e = thrownBy(() -> demo().eip.unbindEip(ip));
        assertError(e, demo(), "UnsupportedEipOperation", 400,
                "The status of specified eip does not support this operation.");
    }

    @Test
    void unverifiedAccountCreatingAnEipIsRealNameQualify() {
        SdkClients unverified = as("unverified");
        BceServiceException e = thrownBy(() -> createEip(unverified, 10, postpaid()));
        assertError(e, unverified, "RealNameQualify", 403, "The login user is not pass real name qualify");
    }

    @Test
    void sixthEipIsExceedLimit() {
        for (int i = 0; i < 5; i++) {
            createEip(demo(), 10, postpaid());
        }
        BceServiceException e = thrownBy(() -> createEip(demo(), 10, postpaid()));
        assertError(e, demo(), "ExceedLimit", 413, "The amount of eip exceed limit");
        assertThat(demo().eip.listEips(new ListEipsRequest()).getEipList()).hasSize(5);
        assertThat(createEip(as("broke"), 10, postpaid())).as("accounts are separate").isNotBlank();
    }

    @Test
    void releasingAPrepaidEipIsPrepayEip() {
        String ip = createEip(demo(), 10, prepaid());
        BceServiceException e = thrownBy(() -> demo().eip.releaseEip(ip));
        assertError(e, demo(), "PrepayEip", 400, "The specified eip is prepay");
    }

    @Test
    void accountWithoutBalanceBuyingAPrepaidEipIsPayFailed() {
        SdkClients broke = as("broke");
        BceServiceException e = thrownBy(() -> createEip(broke, 10, prepaid()));
        assertError(e, broke, "PayFailed", 400, "Pay failed when create EIP");
        assertThat(broke.eip.listEips(new ListEipsRequest()).getEipList()).isEmpty();
    }

    private void bind(String ip, String instanceId) {
        demo().eip.bindEip(new BindEipRequest().withEip(ip).withInstanceType("BCC").withInstanceId(instanceId));
    }
}
