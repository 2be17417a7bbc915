package io.bcekit.spring.boot;

import io.bcekit.spring.boot.fixture.RunningApplication;

/** The Boot contract on Spring Boot 3.5 with embedded Jetty 12.0 (ee10), as with spring-boot-starter-jetty. */
class Boot3JettyTest extends AbstractBootContractTest {

    @Override
    protected RunningApplication startApplication() {
        return RunningApplication.startWith(new Class<?>[] {Boot3Servers.Jetty.class});
    }

    @Override
    protected String webServerType() {
        return "JettyWebServer";
    }
}
