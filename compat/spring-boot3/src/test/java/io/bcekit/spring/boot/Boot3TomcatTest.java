package io.bcekit.spring.boot;

import io.bcekit.spring.boot.fixture.RunningApplication;

/** The Boot contract on Spring Boot 3.5: Spring 6.2, Jackson 2, embedded Tomcat 10.1 (EE 10). */
class Boot3TomcatTest extends AbstractBootContractTest {

    @Override
    protected RunningApplication startApplication() {
        return RunningApplication.startWith(new Class<?>[] {Boot3Servers.Tomcat.class});
    }

    @Override
    protected String webServerType() {
        return "TomcatWebServer";
    }
}
