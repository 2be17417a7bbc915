package io.bcekit.tomcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.ErrorListener;
import io.bcekit.servlet.fixture.RawHttp;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.IntrospectionUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The valve configured as {@code server.xml} configures it: a {@code <Valve>} element in the host,
 * whose attributes Tomcat's digester sets through {@link IntrospectionUtils}, the host naming its
 * class as error report valve. No webapp: Tomcat answers every request itself.
 */
class ValveAttributesTest {

    /** Named by the {@code errorListener} attribute. */
    public static final class RecordingListener implements ErrorListener {
        static final List<String> ANSWERED = new CopyOnWriteArrayList<>();

        @Override
        public void answered(String code, int status, String adapter) {
            ANSWERED.add(code + " " + status + " " + adapter);
        }
    }

    private Tomcat tomcat;

    @AfterEach
    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    private URI start(BceErrorReportValve valve, String... attributes) throws Exception {
        for (int i = 0; i < attributes.length; i += 2) {
            assertThat(IntrospectionUtils.setProperty(valve, attributes[i], attributes[i + 1])).isTrue();
        }
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bcekit-valve").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        StandardHost host = (StandardHost) tomcat.getHost();
        host.setErrorReportValveClass(BceErrorReportValve.class.getName());
        host.getPipeline().addValve(valve);
        tomcat.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Test
    void theErrorListenerAttributeIsToldOfWhatTomcatAnswersItself() throws Exception {
        RecordingListener.ANSWERED.clear();
        URI base = start(new BceErrorReportValve(), "errorListener", RecordingListener.class.getName(),
                "requestIdPolicy", "always-generate");

        RawHttp.Exchange answer = RawHttp.exchange(base, "GET /%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "x-bce-request-id: gateway-id-1\r\nConnection: close\r\n\r\n", 5000);

        assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 400 ");
        assertThat(answer.header("x-bce-request-id")).isNotEqualTo("gateway-id-1").matches("[0-9a-f-]{36}");
        assertThat(answer.body()).isEqualTo("{\"requestId\":\"" + answer.header("x-bce-request-id")
                + "\",\"code\":\"InvalidURI\",\"message\":\"Could not parse the specified URI.\"}");
        assertThat(RecordingListener.ANSWERED).containsExactly("InvalidURI 400 tomcat");
        assertThat(tomcat.getHost().getPipeline().getValves()).filteredOn(BceErrorReportValve.class::isInstance)
                .hasSize(1);
    }

    @Test
    void aBadAttributeStopsTheHostNamingIt() {
        assertThatThrownBy(() -> start(new BceErrorReportValve(), "errorListener", "com.example.Missing"))
                .isInstanceOf(LifecycleException.class)
                .hasStackTraceContaining("BceErrorReportValve: Bad error-listener: class com.example.Missing not found");
    }

    @Test
    void aValveConfiguredInCodeRefusesAttributes() {
        assertThatThrownBy(() -> start(new BceErrorReportValve(BceErrorConfig.defaults()), "mdcKey", "rid"))
                .hasStackTraceContaining("BceErrorReportValve was configured in code; it takes no attributes, got [mdc-key]");
    }
}
