package io.bcekit.spring.boot;

/** The official SDK against a signed, idempotent Boot 3.5 application on embedded Tomcat 10.1. */
class Boot3SdkTomcatTest extends AbstractBootSdkContractTest {

    @Override
    protected Class<?>[] serverConfigurations() {
        return new Class<?>[] {Boot3Servers.Tomcat.class};
    }

    @Override
    protected String webServerType() {
        return "TomcatWebServer";
    }
}
