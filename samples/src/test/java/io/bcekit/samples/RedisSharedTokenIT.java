package io.bcekit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.services.eip.model.CreateEipRequest;
import com.baidubce.services.eip.model.ListEipsRequest;
import com.baidubce.services.eip.model.ListEipsResponse;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * {@code java -jar bcekit-samples.jar --redis URI} twice on one Redis: a client token is claimed
 * across processes, so a retry that lands on the other process gets the first answer instead of a
 * second EIP.
 */
class RedisSharedTokenIT {

    @Test
    void oneClientTokenSentToTwoProcessesMakesOneEip() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
                .setting("appendonly no").build();
        redis.start();
        String uri = "redis://127.0.0.1:" + port;
        try (SampleProcess first = SampleProcess.start("--redis", uri);
                SampleProcess second = SampleProcess.start("--redis", uri);
                SdkClients onFirst = SdkClients.of(first.base, "demo-ak", "demo-sk");
                SdkClients onSecond = SdkClients.of(second.base, "demo-ak", "demo-sk")) {
            String other = ScenarioSupport.createEip(onFirst, 10, ScenarioSupport.postpaid()); // the first process's addresses move on
            String created = onFirst.eip.createEip(new CreateEipRequest().withClientToken("shared-token")
                    .withBandwidthInMbps(10)).getEip();
            String retried = onSecond.eip.createEip(new CreateEipRequest().withClientToken("shared-token")
                    .withBandwidthInMbps(10)).getEip();

            assertThat(retried).isEqualTo(created).isNotEqualTo(other);
            assertThat(onFirst.eip.listEips(new ListEipsRequest()).getEipList())
                    .extracting(ListEipsResponse.EipModel::getEip).containsExactly(other, created);
            assertThat(onSecond.eip.listEips(new ListEipsRequest()).getEipList()).as("the second ran nothing").isEmpty();
        } finally {
            redis.stop();
        }
    }
}
