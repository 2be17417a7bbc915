package io.bcekit.spring.boot;

/** The official SDK against a signed, idempotent Boot 4 application on embedded Tomcat 11. */
class BootSdkTomcatTest extends AbstractBootSdkContractTest {

    @Override
    protected String[] serverProperties() {
        return new String[] {"spring.profiles.active=tomcat"};
    }

    @Override
    protected String webServerType() {
        return "TomcatWebServer";
    }
}
