package io.bcekit.spring.boot;

import io.bcekit.spring.boot.fixture.RunningApplication;

/** The Boot contract on embedded Jetty 12 (ee11), as with spring-boot-starter-jetty in place of Tomcat. */
class BootJettyTest extends AbstractBootContractTest {

    @Override
    protected RunningApplication startApplication() {
        return RunningApplication.start("spring.profiles.active=jetty");
    }

    @Override
    protected String webServerType() {
        return "JettyServletWebServer";
    }
}
