package io.bcekit.spring.boot;

/** The official SDK against a signed, idempotent Boot 3.5 application on embedded Jetty 12.0 (ee10). */
class Boot3SdkJettyTest extends AbstractBootSdkContractTest {

    @Override
    protected Class<?>[] serverConfigurations() {
        return new Class<?>[] {Boot3Servers.Jetty.class};
    }

    @Override
    protected String webServerType() {
        return "JettyWebServer";
    }
}
