package io.bcekit.spring.boot;

import io.bcekit.spring.boot.fixture.RunningApplication;

/** The Boot contract on embedded Tomcat 11, Boot's default server. */
class BootTomcatTest extends AbstractBootContractTest {

    @Override
    protected RunningApplication startApplication() {
        return RunningApplication.start("spring.profiles.active=tomcat");
    }

    @Override
    protected String webServerType() {
        return "TomcatWebServer";
    }
}
