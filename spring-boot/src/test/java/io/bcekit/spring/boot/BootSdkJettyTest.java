package io.bcekit.spring.boot;

/** The official SDK against a signed, idempotent Boot 4 application on embedded Jetty 12 (ee11). */
class BootSdkJettyTest extends AbstractBootSdkContractTest {

    @Override
    protected String[] serverProperties() {
        return new String[] {"spring.profiles.active=jetty"};
    }

    @Override
    protected String webServerType() {
        return "JettyServletWebServer";
    }
}
